package org.disputatio.interchange.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.disputatio.authoring.NewMapSection;
import org.disputatio.interchange.MapImports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** Puts "Import from another tool" on the new-map page (issue 14). */
@org.springframework.stereotype.Component
class ImportSection implements NewMapSection {

    private final MapImports imports;
    private final AuthenticationContext authentication;
    private final long maxBytes;

    ImportSection(
            MapImports imports,
            AuthenticationContext authentication,
            @Value("${disputatio.api.max-interchange-size:50MB}") DataSize maxSize) {
        this.imports = imports;
        this.authentication = authentication;
        this.maxBytes = maxSize.toBytes();
    }

    @Override
    public com.vaadin.flow.component.Component section() {
        return new ImportFromTool(imports, authentication, maxBytes);
    }
}
