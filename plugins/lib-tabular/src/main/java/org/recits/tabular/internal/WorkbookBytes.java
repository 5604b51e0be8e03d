package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.recits.api.model.LocalizedText;

/**
 * What a file named as a workbook really is, from its bytes: the reader's message is then about that (« classeur
 * protégé par mot de passe », « format .xls »…) rather than about a name or a parser's exception.
 */
public final class WorkbookBytes {
    /** Every OLE2 compound file (.xls, .doc, and the container of a password-protected .xlsx) starts so. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int LOOK = 4096;

    private WorkbookBytes() {
    }

    /** The trouble with the file, or null when it is a zip archive that opens. */
    public static LocalizedText trouble(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(LOOK);
        } catch (IOException e) {
            return DateTexts.text("workbook.unreadable", String.valueOf(e.getMessage()));
        }
        if (head.length == 0) {
            return DateTexts.text("workbook.empty");
        }
        if (head.length >= OLE2.length && Arrays.equals(head, 0, OLE2.length, OLE2, 0, OLE2.length)) {
            return encrypted(file) ? DateTexts.text("workbook.password") : DateTexts.text("workbook.xls");
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return null;
            } catch (IOException e) {
                return DateTexts.text("workbook.truncated");
            }
        }
        boolean utf16 = head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF);
        // neither a zip, nor OLE2, nor text: no spreadsheet wrote it (random or foreign bytes)
        return utf16 || isText(head) ? DateTexts.text("workbook.text") : DateTexts.text("workbook.notWorkbook");
    }

    /** Whether an OLE2 file is an encrypted OOXML package (what Office writes when a password protects the file). */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            return root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false; // a damaged compound file: an old .xls at best
        }
    }

    /** No NUL byte nor other control character than tab and line ends: text, whatever its encoding. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                return false;
            }
        }
        return true;
    }
}
