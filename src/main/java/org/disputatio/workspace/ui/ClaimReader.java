package org.disputatio.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.disputatio.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The reading text with claim spans highlighted, drawn by {@code frontend/claim-reader.js}. */
@Tag("claim-reader")
@JsModule("./claim-reader.js")
class ClaimReader extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record SpanData(
            String claimId,
            String kind,
            int start,
            int end,
            @Nullable Double strength,
            boolean contested,
            String label) {}

    /** A passage a user attached as evidence for (or against) a claim. */
    record EvidenceData(String id, String claimId, int start, int end, String label) {}

    record DocumentData(String text, List<SpanData> spans, List<EvidenceData> evidence) {}

    ClaimReader() {
        setId("claim-reader");
    }

    void setDocument(
            String text,
            List<Workspace.Span> spans,
            List<EvidenceData> evidence,
            java.util.function.Function<String, String> labels) {
        var data = new DocumentData(
                text,
                spans.stream()
                        .map(s -> new SpanData(
                                s.claimId(),
                                s.kind(),
                                s.start(),
                                s.end(),
                                s.strength(),
                                s.contested(),
                                labels.apply(s.claimId())))
                        .toList(),
                evidence);
        getElement().callJsFunction("setDocument", JSON.writeValueAsString(data));
    }

    void showRange(int start, int end) {
        getElement().callJsFunction("showRange", start, end);
    }

    Registration addClaimSelectedListener(ComponentEventListener<ClaimSelected> listener) {
        return addListener(ClaimSelected.class, listener);
    }

    Registration addTextSelectedListener(ComponentEventListener<TextSelected> listener) {
        return addListener(TextSelected.class, listener);
    }

    /** The user clicked (or pressed Enter on) a claim span. */
    @DomEvent("claim-selected")
    public static class ClaimSelected extends ComponentEvent<ClaimReader> {
        private final String claimId;

        public ClaimSelected(ClaimReader source, boolean fromClient, @EventData("event.detail.id") String claimId) {
            super(source, fromClient);
            this.claimId = claimId;
        }

        String claimId() {
            return claimId;
        }
    }

    /** The user selected a passage: offsets into the reading text, and the words as the browser saw them. */
    @DomEvent("text-selected")
    public static class TextSelected extends ComponentEvent<ClaimReader> {
        private final int start;
        private final int end;
        private final String exact;

        public TextSelected(
                ClaimReader source,
                boolean fromClient,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.exact") String exact) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
            this.exact = exact;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String exact() {
            return exact;
        }
    }
}
