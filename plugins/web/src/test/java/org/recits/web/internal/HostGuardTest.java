package org.recits.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Host and Origin headers the server answers (DNS rebinding, cross-site requests). */
class HostGuardTest {

    @Test
    void onTheDefaultAddressOnlyTheLoopbackNamesAreServed() {
        HostGuard guard = new HostGuard("127.0.0.1");
        assertThat(guard.status("127.0.0.1:8027", null)).isZero();
        assertThat(guard.status("localhost:8027", null)).isZero();
        assertThat(guard.status("LOCALHOST", null)).isZero();
        assertThat(guard.status("[::1]:8027", null)).isZero();
        // the reviewer's rebinding: a site's name pointed at 127.0.0.1
        assertThat(guard.status("evil.example:18027", "http://evil.example:18027")).isEqualTo(421);
        assertThat(guard.status("evil.example:18027", null)).isEqualTo(421);
        assertThat(guard.status("localhost.evil.example", null)).isEqualTo(421);
        assertThat(guard.status("192.168.1.10:8027", null)).isEqualTo(421);
    }

    @Test
    void anOriginOtherThanTheAddressAskedIsRefused() {
        HostGuard guard = new HostGuard("127.0.0.1");
        assertThat(guard.status("127.0.0.1:8027", "http://127.0.0.1:8027")).isZero();
        assertThat(guard.status("127.0.0.1:8027", "http://evil.example:8027")).isEqualTo(403);
        assertThat(guard.status("127.0.0.1:8027", "http://localhost:8027")).isEqualTo(403);
        assertThat(guard.status("127.0.0.1:8027", "http://127.0.0.1:9000")).isEqualTo(403);
        assertThat(guard.status("127.0.0.1:8027", "https://127.0.0.1:8027")).isEqualTo(403);
        // what Chromium sends on a page's own form post under Referrer-Policy: no-referrer
        assertThat(guard.status("127.0.0.1:8027", "null")).isZero();
        assertThat(guard.status("evil.example:8027", "null")).isEqualTo(421);
        assertThat(guard.status("127.0.0.1:8027", "http://a b")).isEqualTo(403);
    }

    @Test
    void theHostGivenIsServedAndEveryAddressTakesIpAddressesOnly() {
        assertThat(new HostGuard("labo.example").status("labo.example:8027", "http://labo.example:8027")).isZero();
        assertThat(new HostGuard("labo.example").status("autre.example:8027", null)).isEqualTo(421);
        assertThat(new HostGuard("::1").status("[::1]:8027", null)).isZero();
        HostGuard all = new HostGuard("0.0.0.0");
        assertThat(all.status("192.168.1.10:8027", null)).isZero();
        assertThat(all.status("[fe80::1]:8027", null)).isZero();
        assertThat(all.status("evil.example:8027", null)).isEqualTo(421);
        assertThat(new HostGuard((String) null).status("localhost:8027", null)).isZero();
    }
}
