package org.disputatio.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.disputatio.maps.MapContent;

/**
 * A file format maps are exchanged in (issue 14). Each format is a Spring bean; the import and export
 * endpoints find it by {@link #name()}, the value of their {@code ?format=} parameter. A format only
 * converts: it never touches the database, so that an import is stored in one transaction by the
 * caller and a refused file leaves nothing behind.
 */
public interface MapFormat {

    /** The value of {@code ?format=}: {@code aif}, {@code xaif}, {@code argdown}. */
    String name();

    /** The media type of an exported file, e.g. {@code application/json}. */
    String mediaType();

    /** The file name extension of an exported file, without the dot. */
    String extension();

    /**
     * Reads a whole file into a map's content. Ids in the content are the file's own (made safe);
     * the caller gives the map its id. Whatever the file holds that the content cannot is listed in
     * the report, never dropped silently.
     *
     * @throws InterchangeFileException when the file cannot be read as this format, naming the line
     * or node at fault
     */
    ImportedMap read(InputStream in) throws IOException;

    /** Writes the map so that {@link #read} of the result gives the same claims, arguments, attacks, citations and anchors. */
    void write(MapContent map, OutputStream out) throws IOException;
}
