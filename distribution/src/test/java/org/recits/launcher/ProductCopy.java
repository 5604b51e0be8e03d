package org.recits.launcher;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that add plugins to the product: each test runs its own copy of the product folder. */
abstract class ProductCopy {

    /** The test's folder: the copy is {@code recits/} in it, and there is room for outputs beside it. */
    @TempDir
    Path tmp;

    /** The copy of the product folder. */
    Path home;

    @BeforeEach
    void copyProduct() throws IOException {
        home = Distribution.copyTo(tmp.resolve("recits"));
    }
}
