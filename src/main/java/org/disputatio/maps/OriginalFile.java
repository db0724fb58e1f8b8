package org.disputatio.maps;

/**
 * The file a map was made from, kept byte for byte beside the text read from it (issue 12): what a user
 * uploaded, or the UTF-8 bytes of the text they pasted.
 *
 * @param sha256 the SHA-256 of {@code bytes}, in lower-case hex
 */
public record OriginalFile(String fileName, String mediaType, byte[] bytes, String sha256) {

    public OriginalFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
