package org.disputatio.interchange.aif;

/**
 * The two shapes of AIF JSON in use: AIFdb's {@code {"nodes","edges","locutions"}} and OVA3's xAIF
 * {@code {"AIF":{"nodes","edges","locutions","participants",…},"text":…}}. Reading accepts either whatever the
 * format asked for; writing writes the one asked for.
 */
enum Flavour {
    AIFDB,
    XAIF
}
