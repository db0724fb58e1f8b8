package org.disputatio.seminars;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The link an invitation is shared by: this server's address as the current request reached it, plus
 * {@code /join/{code}}, so that the link works when pasted into an e-mail or onto a slide.
 */
public final class InvitationLinks {

    private InvitationLinks() {}

    /** Only during a request (an API call or a Vaadin round trip). */
    public static String url(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/join/{code}")
                .buildAndExpand(code)
                .toUriString();
    }
}
