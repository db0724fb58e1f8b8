package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** The up-front refusal of a restore this heap cannot hold (ADR 043, amendment "refused up front"). */
class RestoreHeapTest {

    private static final long MB = 1 << 20;

    @Test
    void aFileWhoseEstimateExceedsTheFreeHeap_isRefused_namingSizeHeapEstimateAndTheHeapToGive() {
        // 90% of 256 MB is 230.4 MB; 30.4 MB are in use, so 200 MB are free: 10 MB at 30 bytes a byte need 300 MB.
        var heap = new RestoreHeap(30);
        long max = 256 * MB;
        long live = (long) (30.4 * MB);

        assertThatThrownBy(() -> heap.admit(10 * MB, max, live))
                .isInstanceOf(RestoreOutOfMemoryException.class)
                .isInstanceOf(RestoreTooLargeException.class)
                .hasMessageStartingWith("The backup (10.0 MB) is too large to restore with a heap of 256 MB: a restore"
                        + " holds about 300 MB for a file of this size (disputatio.backup.restore-heap-per-byte),"
                        + " and this heap has 200 MB to give it. Give the JVM at least -Xmx368m. Nothing was"
                        + " written.");
    }

    @Test
    void aFileWhoseEstimateFits_isAdmitted_upToTheLastByte() {
        var heap = new RestoreHeap(30);
        long max = 256 * MB;
        long live = (long) (30.4 * MB);
        long largest = heap.largestFile(max, live);

        assertThat(largest).isEqualTo(200 * MB / 30);
        assertThatCode(() -> heap.admit(largest, max, live)).doesNotThrowAnyException();
        assertThatThrownBy(() -> heap.admit(largest + 1, max, live)).isInstanceOf(RestoreOutOfMemoryException.class);
        assertThatCode(() -> heap.admit(MB, max, live)).doesNotThrowAnyException();
    }

    @Test
    void aFactorOfZero_admitsEveryFile() {
        var heap = new RestoreHeap(0);

        assertThat(heap.largestFile(256 * MB, 250 * MB)).isEqualTo(Long.MAX_VALUE);
        assertThatCode(() -> heap.admit(Long.MAX_VALUE, 256 * MB, 250 * MB)).doesNotThrowAnyException();
    }

    @Test
    void aNegativeFactor_isNoSetting() {
        assertThatThrownBy(() -> new RestoreHeap(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestoreHeap(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedFile_isNeitherReadNorWritten() {
        List<String> touched = new ArrayList<>();
        Driver database = (Driver) Proxy.newProxyInstance(
                Driver.class.getClassLoader(), new Class<?>[] {Driver.class}, (proxy, method, args) -> {
                    touched.add("database: " + method.getName());
                    throw new AssertionError("the database was used");
                });
        InputStream file = new InputStream() {
            @Override
            public int read() {
                touched.add("file read");
                return -1;
            }
        };
        // No heap holds 100 bytes at a terabyte a byte.
        var heap = new RestoreHeap(1e12);

        assertThatThrownBy(() -> heap.restore(database, file, 100))
                .isInstanceOf(RestoreOutOfMemoryException.class)
                .hasMessageContaining("The backup (0.0 MB) is too large to restore")
                .hasMessageContaining("Nothing was written");
        assertThat(touched).isEmpty();
    }
}
