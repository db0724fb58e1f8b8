package org.disputatio.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which "to" paths the sign-in page accepts as the page to return to: this site's pages only. */
class SignInReturnTest {

    @Test
    void pagesOfThisSite_areAccepted() {
        assertThat(LoginView.isLocalPath("/workspace/furr-staline-democratie")).isTrue();
        assertThat(LoginView.isLocalPath("/maps?x=1")).isTrue();
        assertThat(LoginView.isLocalPath("/")).isTrue();
    }

    @Test
    void otherHostsSchemesAndTheSignInPage_areRefused() {
        assertThat(LoginView.isLocalPath("//evil.example/x")).isFalse();
        assertThat(LoginView.isLocalPath("/\\evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("https://evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("javascript:alert(1)")).isFalse();
        assertThat(LoginView.isLocalPath("/login?to=/maps")).isFalse();
        assertThat(LoginView.isLocalPath("/maps\r\nSet-Cookie: x")).isFalse();
        assertThat(LoginView.isLocalPath("/" + "a".repeat(2000))).isFalse();
    }
}
