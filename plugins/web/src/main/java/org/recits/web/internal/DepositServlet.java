package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.ServletException;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.text.Messages;

/**
 * <em>Déposer</em>: the form to drop the quarter's files or a {@code .zip}, and the upload itself, which makes a
 * job of them and goes on to <em>Vérifier</em>. The size of an upload is checked from its headers and its
 * token against the visitor's cookie before its body is read; then each file goes through {@link Deposit}.
 * The log (level FINE, off by default) says how many files a job got, never their names.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/deposer",
    "osgi.http.whiteboard.servlet.name=recits-deposit",
    "osgi.http.whiteboard.servlet.multipart.enabled=true",
    "osgi.http.whiteboard.servlet.multipart.fileSizeThreshold=1048576"})
public final class DepositServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DepositServlet.class.getName());

    private final transient Jobs jobs;

    @Activate
    public DepositServlet(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        String token = Visitor.token(request, response);
        PageFrame.write(response, lang, "/deposer", lang.texts().get("deposit.title"), form(lang, token, null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PageLanguage lang = PageLanguage.of(request);
        Limits limits = jobs.limits();
        Job job = null;
        try {
            if (!Visitor.posted(request)) {
                throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "refused.csrf");
            }
            long length = request.getContentLengthLong();
            if (length < 0) {
                throw new Refusal(HttpServletResponse.SC_LENGTH_REQUIRED, "refused.noLength");
            }
            if (length > limits.maxUploadBytes()) {
                throw new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "refused.tooBig",
                        limits.maxUploadBytes() / Limits.MB);
            }
            job = jobs.create(Visitor.cookie(request));
            Deposit deposit = new Deposit(limits, job.data());
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty()) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    deposit.add(part.getSubmittedFileName(), in);
                } finally {
                    part.delete();
                }
            }
            if (deposit.files() == 0) {
                throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.none");
            }
            int files = deposit.files();
            LOG.fine(() -> "job with " + files + " files");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", lang.link("/verifier?job=" + job.id));
        } catch (Refusal r) {
            if (job != null) {
                jobs.remove(job);
            }
            Messages t = lang.texts();
            response.setStatus(r.status);
            String token = Visitor.token(request, response);
            PageFrame.write(response, lang, "/deposer", t.get("deposit.title"),
                    form(lang, token, t.get(r.key, r.args)));
        } catch (IOException | ServletException | RuntimeException e) {
            if (job != null) {
                jobs.remove(job);
            }
            throw e;
        }
    }

    /** The form, with the reason of a refused upload above it when there is one. */
    private String form(PageLanguage lang, String token, String refused) {
        Messages t = lang.texts();
        Limits limits = jobs.limits();
        StringBuilder b = new StringBuilder();
        if (refused != null) {
            b.append("<p class=\"alert\" role=\"alert\" id=\"refus\">").append(escapeXml11(refused)).append("</p>\n");
        }
        b.append("<p>").append(escapeXml11(t.get("deposit.intro"))).append("</p>\n");
        b.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"")
                .append(escapeXml11(lang.link("/deposer") + "&" + Visitor.PARAMETER + "=" + token))
                .append("\">\n<p><label for=\"fichiers\">").append(escapeXml11(t.get("deposit.label")))
                .append("</label><br>\n<input type=\"file\" id=\"fichiers\" name=\"fichiers\" multiple required")
                .append(" accept=\".csv,.tsv,.txt,.xlsx,.xls,.zip\" aria-describedby=\"aide-fichiers\"></p>\n")
                .append("<p id=\"aide-fichiers\" class=\"help\">")
                .append(escapeXml11(t.get("deposit.limits", limits.maxFiles(), limits.maxUploadBytes() / Limits.MB)))
                .append("</p>\n<p><button type=\"submit\">").append(escapeXml11(t.get("deposit.submit")))
                .append("</button></p>\n</form>\n");
        if (jobs.dataFolder() != null) {
            b.append("<form method=\"post\" class=\"folder\" action=\"").append(escapeXml11(lang.link("/dossier")
                    + "&" + Visitor.PARAMETER + "=" + token)).append("\">\n<p>")
                    .append(escapeXml11(t.get("deposit.folder", jobs.dataFolder()))).append("</p>\n<p><button type=\"submit\">")
                    .append(escapeXml11(t.get("deposit.folderSubmit"))).append("</button></p>\n</form>\n");
        }
        b.append("<p><a href=\"").append(escapeXml11(lang.link("/modele.zip"))).append("\" download>")
                .append(escapeXml11(t.get("deposit.kit"))).append("</a></p>\n");
        return b.toString();
    }
}
