package org.disputatio.interchange.aif;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.interchange.MapFormat;
import org.disputatio.maps.MapContent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two AIF formats as beans: {@code ?format=aif} (AIFdb's JSON) and {@code ?format=xaif} (OVA3's). */
@Configuration(proxyBeanMethods = false)
class AifFormats {

    @Bean
    MapFormat aifFormat() {
        return new AifFormat("aif", "aif.json", Flavour.AIFDB);
    }

    @Bean
    MapFormat xaifFormat() {
        return new AifFormat("xaif", "xaif.json", Flavour.XAIF);
    }

    /** One flavour of AIF JSON. */
    record AifFormat(String name, String extension, Flavour flavour) implements MapFormat {

        @Override
        public String mediaType() {
            return "application/json";
        }

        @Override
        public ImportedMap read(InputStream in) throws IOException {
            return new AifReader(name).read(in);
        }

        @Override
        public void write(MapContent map, OutputStream out) throws IOException {
            new AifWriter(flavour).write(map, out);
        }
    }
}
