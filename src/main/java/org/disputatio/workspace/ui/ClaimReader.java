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

    /** A claim span's new shading; the text and the span's place stay. */
    record SpanShade(String claimId, @Nullable Double strength, boolean contested) {}

    // The same shading as setDocument in claim-reader.js (alpha 0.15 + 0.6 × strength, dashed when there is no
    // strength), applied to the marks already drawn: the text is not sent again and the reader keeps its scroll
    // position and the user's selection. Inline, so the committed frontend bundles need no rebuild.
    private static final String SHADE = """
            const shades = new Map(JSON.parse($0).map((u) => [u.claimId, u]));
            if (this._pending) {
              const d = JSON.parse(this._pending);
              d.spans = d.spans.map((s) => shades.has(s.claimId) ? { ...s, ...shades.get(s.claimId) } : s);
              this._pending = JSON.stringify(d);
              return;
            }
            let shaded = 0;
            for (const mark of this.querySelectorAll('mark.claim-span')) {
              const u = shades.get(mark.dataset.claim);
              if (!u) continue;
              const rgb = (mark.style.borderBottomColor.match(/\\d+/g) || []).slice(0, 3).join(', ');
              const alpha = u.strength === null ? 0.15 : 0.15 + 0.6 * u.strength;
              if (rgb) mark.style.backgroundColor = `rgba(${rgb}, ${alpha.toFixed(2)})`;
              mark.style.borderBottomStyle = u.strength === null ? 'dashed' : 'solid';
              mark.classList.toggle('contested', u.contested);
              shaded++;
            }
            this.dataset.shaded = String(shaded);
            this.dataset.shadedAt = String(Math.round(performance.now()));
            """;

    /** Shades the spans of claims whose strength or contested dependence moved. */
    void shade(List<SpanShade> shades) {
        if (shades.isEmpty()) return;
        getElement().executeJs(SHADE, JSON.writeValueAsString(shades));
    }

    /** A claim a what-if moves: "0.71 IN → 0.32 OUT", and whether it falls. */
    record WhatIfMark(String claimId, String figure, boolean falls) {}

    // Marks the claims a what-if moves on the marks already drawn (classes and a data attribute; the figure is
    // drawn by CSS, so the text's offsets and the user's selection stay). The marks are kept and laid again
    // whenever the text is drawn anew. Inline, so the committed frontend bundles need no rebuild.
    private static final String WHAT_IF = """
            this._whatIf = JSON.parse($0);
            const apply = () => {
              const byClaim = new Map(this._whatIf.map((m) => [m.claimId, m]));
              let marked = 0;
              for (const mark of this.querySelectorAll('mark.claim-span')) {
                const m = byClaim.get(mark.dataset.claim);
                mark.classList.toggle('what-if-falls', !!m && m.falls);
                mark.classList.toggle('what-if-moves', !!m && !m.falls);
                if (m) {
                  mark.dataset.whatIf = m.figure;
                  marked++;
                } else {
                  delete mark.dataset.whatIf;
                }
              }
              this.dataset.whatIf = String(marked);
            };
            if (!this._whatIfObserver) {
              this._whatIfObserver = new MutationObserver((changes) => {
                if (changes.some((c) => c.type === 'childList')) this._whatIfApply();
              });
              this._whatIfObserver.observe(this, { childList: true, subtree: true });
            }
            this._whatIfApply = apply;
            apply();
            """;

    /** Marks what the what-if moves; an empty list clears the marks. */
    void markWhatIf(List<WhatIfMark> marks) {
        getElement().executeJs(WHAT_IF, JSON.writeValueAsString(marks));
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
