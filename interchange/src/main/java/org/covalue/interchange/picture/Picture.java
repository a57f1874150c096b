package org.covalue.interchange.picture;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A diagram of part of a covalue model, in three text forms: SVG to show as it is, Mermaid text to
 * paste where Mermaid renders (Markdown hosts, wikis), and Graphviz DOT text for Graphviz tools.
 * Each subclass draws one {@linkplain PictureKind kind} of model part and is built from it with
 * {@code of(..)}: {@link StakeholderMapPicture} (§1.2.1), {@link RelationshipNetworkPicture}
 * (§1.2.3), {@link CustomerJourneyPicture} (§1.2.4), {@link BandOfVisibilityPicture} (§1.2.5) and
 * {@link ValueDriverChainPicture} (§1.2.7).
 *
 * <pre>{@code
 * Picture picture = RelationshipNetworkPicture.of(coreModel);
 * Files.writeString(Path.of("network.svg"), picture.svg());
 * Files.writeString(Path.of("network.mmd"), picture.mermaid());
 * Files.writeString(Path.of("network.dot"), picture.dot());
 * }</pre>
 *
 * <p>What every picture promises:
 *
 * <ul>
 *   <li>It shows names, not ids. Each name is put on one line and shortened, with an ellipsis,
 *       where the picture has no room for it; SVG tool tips hold longer forms.
 *   <li>Every text is escaped for its format, so that no name (with quotes, angle brackets,
 *       ampersands, brackets, colons, Mermaid or DOT keywords) can end a label early or add markup.
 *       Mermaid text uses Mermaid's entity codes ({@code #35;}), which Mermaid turns back into the
 *       characters when it renders.
 *   <li>The SVG is a self-contained, well-formed XML document: no script, no style sheet, font or
 *       image from elsewhere, no link.
 *   <li>The output depends only on the model: the same model gives the same text, character for
 *       character, on every machine.
 * </ul>
 *
 * <p>The constructor is package-private: only covalue draws pictures, so that these promises hold
 * for every instance. Instances are immutable and thread-safe; they hold the three texts, built
 * once, in time and space linear in the size of what they draw.
 */
public abstract class Picture {

  private final String title;
  private final String svg;
  private final String mermaid;
  private final String dot;

  Picture(String title, String svg, String mermaid, String dot) {
    this.title = title;
    this.svg = svg;
    this.mermaid = mermaid;
    this.dot = dot;
  }

  /**
   * Returns what the picture shows.
   *
   * @return the kind
   */
  public abstract PictureKind kind();

  /**
   * Returns the picture's title, as the picture shows it, such as "Stakeholder map: explore".
   *
   * @return the title, one line, not escaped
   */
  public String title() {
    return title;
  }

  /**
   * Returns the picture as a standalone SVG document.
   *
   * @return an SVG 1.1 document, UTF-8, starting with an XML declaration
   */
  public String svg() {
    return svg;
  }

  /**
   * Returns the picture as Mermaid text.
   *
   * @return a Mermaid diagram: a {@code quadrantChart}, a {@code journey} or a {@code flowchart},
   *     depending on the kind
   */
  public String mermaid() {
    return mermaid;
  }

  /**
   * Returns the picture as Graphviz DOT text.
   *
   * @return a DOT {@code graph} or {@code digraph}
   */
  public String dot() {
    return dot;
  }

  /** Two pictures are equal when they are of the same kind and their three texts are equal. */
  @Override
  public final boolean equals(@Nullable Object other) {
    return other instanceof Picture that
        && that.kind() == kind()
        && svg.equals(that.svg)
        && mermaid.equals(that.mermaid)
        && dot.equals(that.dot);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(kind().name(), svg, mermaid, dot);
  }

  /** Returns the kind and the title. */
  @Override
  public String toString() {
    return kind().title() + " picture{title=" + title + "}";
  }
}
