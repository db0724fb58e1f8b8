package org.disputatio.sources;

/** Prints how the parser classifies every parenthesis of the essay; for reviewing the rules. */
public final class DumpEssayCitations {

    private DumpEssayCitations() {}

    public static void main(String[] args) {
        var result = EssayBibliography.read();
        result.problems().forEach(p -> System.out.println("PROBLEM " + p));
        var parser = new CitationParser(result.bibliography());
        for (Parenthetical p :
                parser.parentheticals(EssayBibliography.readingText().text())) {
            System.out.println(p.kind() + "\t(" + p.content() + ")");
            for (Citation c : p.citations()) {
                System.out.println(
                        "\t\t-> " + c.sourceId() + " | " + c.locator() + " | " + c.note() + " | raw=" + c.raw());
            }
            for (ReferenceSegment s : p.segments()) {
                if (!(s instanceof ReferenceSegment.Cited)) {
                    System.out.println("\t\t.. " + s);
                }
            }
        }
    }
}
