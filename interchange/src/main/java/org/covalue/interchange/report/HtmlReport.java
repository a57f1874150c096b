package org.covalue.interchange.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.Violations;
import org.covalue.core.model.CoreModel;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.interchange.internal.Markup;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.picture.BandOfVisibilityPicture;
import org.covalue.interchange.picture.CustomerJourneyPicture;
import org.covalue.interchange.picture.Picture;
import org.covalue.interchange.picture.RelationshipNetworkPicture;
import org.covalue.interchange.picture.StakeholderMapPicture;
import org.covalue.interchange.picture.ValueDriverChainPicture;
import org.covalue.journey.CustomerJourney;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.visibility.model.VisibilityModel;
import org.jspecify.annotations.Nullable;

/**
 * Settings for a self-contained HTML report of a covalue model: the pictures of the model (the
 * stakeholder map of §1.2.1, the relationship network of §1.2.3, each customer journey of §1.2.4,
 * the band of visibility of each relationship of §1.2.5 and each value-driver chain of §1.2.7 of
 * ITIL 4: Drive Stakeholder Value) put together with the findings of the analyses, as one HTML5
 * page to open in any browser, mail or archive.
 *
 * <pre>{@code
 * CovalueDocument document = CovalueDocument.of(IncidentValue.model());
 * List<Finding> findings = ValueDriverAnalysis.of(IncidentValue.chain()).findings();
 * String html = HtmlReport.DEFAULT.withTitle("Service desk review").render(document, findings);
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 *
 * <p>What the page promises:
 *
 * <ul>
 *   <li>It is self-contained: no script, no link, style sheet, font or image from elsewhere; each
 *       picture's SVG is embedded in the page as a {@code data:image/svg+xml} image (so that the
 *       pictures' style rules and marker ids stay apart), and it opens with no request.
 *   <li>It is readable without JavaScript and in print: headings, a contents list, a table of
 *       findings (severity, rule, ITIL section, elements, message) and a figure per picture with
 *       its caption.
 *   <li>Every text from the model or the findings is escaped; the markup is also well-formed XML
 *       after its {@code <!DOCTYPE html>} line.
 *   <li>The same model and findings give the same page, character for character.
 *   <li>A huge model stays readable: at most {@link #maxPictures()} pictures are drawn (the others
 *       are listed by title) and at most {@link #maxFindings()} findings are listed (the others are
 *       counted).
 * </ul>
 *
 * <p>A band of visibility is drawn for each relationship only when the model has lines of
 * visibility (a model without them says nothing about what each party sees). Instances are
 * immutable and thread-safe.
 */
public final class HtmlReport {

  /** The report's title when none is given. */
  public static final String DEFAULT_TITLE = "covalue report";

  /** How many pictures are drawn by default. */
  public static final int DEFAULT_MAX_PICTURES = 60;

  /** How many findings are listed by default. */
  public static final int DEFAULT_MAX_FINDINGS = 2000;

  /** A report titled {@value #DEFAULT_TITLE} with the default limits. */
  public static final HtmlReport DEFAULT =
      new HtmlReport(DEFAULT_TITLE, DEFAULT_MAX_PICTURES, DEFAULT_MAX_FINDINGS);

  private static final int TITLE_LENGTH = 200;

  private static final String STYLE =
      """
      body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #1f2933;
        margin: 0 auto; max-width: 1400px; padding: 16px 24px; line-height: 1.4; }
      h1 { font-size: 26px; margin: 8px 0; }
      h2 { font-size: 20px; border-bottom: 2px solid #d9e2ec; padding-bottom: 4px; margin-top: 32px; }
      h3 { font-size: 16px; margin-top: 20px; }
      .note { color: #52606d; font-size: 13px; }
      table { border-collapse: collapse; width: 100%; font-size: 13px; }
      th, td { border: 1px solid #d9e2ec; padding: 4px 6px; text-align: left; vertical-align: top; }
      th { background: #f0f4f8; }
      td.elements { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
      td, figcaption { overflow-wrap: anywhere; }
      td.rule, td.section { white-space: nowrap; }
      .severity-error { color: #ffffff; background: #c0392b; font-weight: bold; }
      .severity-warning { background: #fff3c4; font-weight: bold; }
      .severity-info { background: #e0efff; }
      figure { margin: 16px 0 28px 0; }
      figure img { max-width: 100%; height: auto; border: 1px solid #d9e2ec; }
      figcaption { font-size: 13px; color: #52606d; margin-top: 4px; }
      footer { margin-top: 40px; font-size: 12px; color: #52606d; }
      """;

  private final String title;
  private final int maxPictures;
  private final int maxFindings;

  private HtmlReport(String title, int maxPictures, int maxFindings) {
    this.title = title;
    this.maxPictures = maxPictures;
    this.maxFindings = maxFindings;
  }

  /**
   * Returns report settings.
   *
   * @param title the page's title, one line as the page shows it
   * @param maxPictures how many pictures to draw at most, zero or more
   * @param maxFindings how many findings to list at most, zero or more
   * @return the settings
   * @throws InvalidModelException if the title is null or blank, or a limit is negative
   */
  public static HtmlReport of(String title, int maxPictures, int maxFindings) {
    Violations.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw InvalidModelException.of("title", "HtmlReport title must not be blank", title);
    }
    if (maxPictures < 0) {
      throw InvalidModelException.of(
          "maxPictures",
          "HtmlReport maxPictures must be zero or more, but was " + maxPictures,
          maxPictures);
    }
    if (maxFindings < 0) {
      throw InvalidModelException.of(
          "maxFindings",
          "HtmlReport maxFindings must be zero or more, but was " + maxFindings,
          maxFindings);
    }
    return new HtmlReport(title, maxPictures, maxFindings);
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the page's title
   * @return the copy
   * @throws InvalidModelException if the title is null or blank
   */
  public HtmlReport withTitle(String title) {
    return of(title, maxPictures, maxFindings);
  }

  /**
   * Returns a copy that draws at most so many pictures.
   *
   * @param maxPictures zero or more
   * @return the copy
   * @throws InvalidModelException if the limit is negative
   */
  public HtmlReport withMaxPictures(int maxPictures) {
    return of(title, maxPictures, maxFindings);
  }

  /**
   * Returns a copy that lists at most so many findings.
   *
   * @param maxFindings zero or more
   * @return the copy
   * @throws InvalidModelException if the limit is negative
   */
  public HtmlReport withMaxFindings(int maxFindings) {
    return of(title, maxPictures, maxFindings);
  }

  /**
   * Returns the page's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns how many pictures are drawn at most.
   *
   * @return the limit
   */
  public int maxPictures() {
    return maxPictures;
  }

  /**
   * Returns how many findings are listed at most.
   *
   * @return the limit
   */
  public int maxFindings() {
    return maxFindings;
  }

  /**
   * Returns the report of a model with no findings: its pictures only.
   *
   * @param document the model
   * @return an HTML5 document
   * @throws NullPointerException if the document is null
   */
  public String render(CovalueDocument document) {
    Objects.requireNonNull(document, "document");
    return write(document, Map.of(), false);
  }

  /**
   * Returns the report of a model and one list of findings.
   *
   * @param document the model
   * @param findings the findings, listed in this order
   * @return an HTML5 document
   * @throws NullPointerException if an argument or a finding is null
   */
  public String render(CovalueDocument document, List<Finding> findings) {
    Objects.requireNonNull(document, "document");
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    groups.put("Findings", checked(findings, "findings"));
    return write(document, groups, true);
  }

  /**
   * Returns the report of a model and findings in titled groups, one group per analysis, say.
   *
   * @param document the model
   * @param groups each group's title and findings, in the map's order of iteration
   * @return an HTML5 document
   * @throws NullPointerException if an argument, a title, a list or a finding is null
   */
  public String render(CovalueDocument document, Map<String, ? extends List<Finding>> groups) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(groups, "groups");
    Map<String, List<Finding>> checked = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends List<Finding>> group : groups.entrySet()) {
      String name = Objects.requireNonNull(group.getKey(), "groups key");
      checked.put(name, checked(group.getValue(), "groups[" + name + "]"));
    }
    return write(document, checked, true);
  }

  private static List<Finding> checked(@Nullable List<Finding> findings, String name) {
    Objects.requireNonNull(findings, name);
    List<Finding> copy = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      copy.add(Objects.requireNonNull(findings.get(i), name + "[" + i + "]"));
    }
    return copy;
  }

  /** Lists the pictures of a model, in the order of the chapter. */
  static List<Picture> pictures(CovalueDocument document) {
    List<Picture> pictures = new ArrayList<>();
    CoreModel core = document.core();
    if (!core.stakeholders().isEmpty()) {
      List<Stakeholder> stakeholders = new ArrayList<>();
      Set<Object> seen = new HashSet<>();
      for (Stakeholder stakeholder : core.stakeholders()) {
        if (seen.add(stakeholder.id())) {
          stakeholders.add(stakeholder);
        }
      }
      pictures.add(
          StakeholderMapPicture.of(StakeholderMap.builder().stakeholders(stakeholders).build()));
    }
    if (!core.relationships().isEmpty()) {
      pictures.add(RelationshipNetworkPicture.of(core));
    }
    for (CustomerJourney journey : document.journey().journeys()) {
      pictures.add(CustomerJourneyPicture.of(document.journey(), journey));
    }
    VisibilityModel visibility = document.visibility();
    if (!visibility.lines().isEmpty()) {
      for (ServiceRelationship relationship : core.relationships()) {
        pictures.add(BandOfVisibilityPicture.of(visibility, relationship));
      }
    }
    for (ValueDriverChain chain : document.value().driverChains()) {
      pictures.add(ValueDriverChainPicture.of(ValueDriverAnalysis.of(chain)));
    }
    return pictures;
  }

  private String write(
      CovalueDocument document, Map<String, List<Finding>> groups, boolean withFindings) {
    List<Picture> pictures = pictures(document);
    StringBuilder out = new StringBuilder(16384);
    String shownTitle = label(title);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"covalue\"/>\n<title>")
        .append(html(shownTitle))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(html(shownTitle))
        .append("</h1>\n<p class=\"note\">")
        .append(html(summary(document, pictures.size(), groups)))
        .append("</p>\n</header>\n");
    out.append("<nav>\n<h2>Contents</h2>\n<ul>\n");
    if (withFindings) {
      out.append("<li><a href=\"#findings\">Findings</a></li>\n");
    }
    out.append("<li><a href=\"#pictures\">Pictures</a>\n<ul>\n");
    int drawn = Math.min(maxPictures, pictures.size());
    for (int i = 0; i < drawn; i++) {
      out.append("<li><a href=\"#picture-")
          .append(i + 1)
          .append("\">")
          .append(html(label(pictures.get(i).title())))
          .append("</a></li>\n");
    }
    out.append("</ul>\n</li>\n</ul>\n</nav>\n");
    if (withFindings) {
      findings(out, groups);
    }
    out.append("<section id=\"pictures\">\n<h2>Pictures</h2>\n");
    if (pictures.isEmpty()) {
      out.append("<p>The model holds nothing to draw.</p>\n");
    }
    for (int i = 0; i < drawn; i++) {
      figure(out, i + 1, pictures.get(i));
    }
    if (drawn < pictures.size()) {
      out.append("<p>")
          .append(pictures.size() - drawn)
          .append(" more pictures are not drawn, to keep the page readable (the report draws ")
          .append(maxPictures)
          .append(" at most):</p>\n<ul>\n");
      for (int i = drawn; i < pictures.size(); i++) {
        out.append("<li>").append(html(label(pictures.get(i).title()))).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n<footer>\n<p>Made by covalue from ITIL 4: Drive Stakeholder Value,")
        .append(" chapter 1. ITIL\u00ae is a registered trademark of PeopleCert; covalue is not")
        .append(" affiliated with or endorsed by it.</p>\n</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String summary(
      CovalueDocument document, int pictures, Map<String, List<Finding>> groups) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int total = 0;
    for (List<Finding> findings : groups.values()) {
      for (Finding finding : findings) {
        counts.merge(finding.severity(), 1, Integer::sum);
        total++;
      }
    }
    CoreModel core = document.core();
    return count(core.parties().size(), "party", "parties")
        + ", "
        + count(core.stakeholders().size(), "stakeholder", "stakeholders")
        + ", "
        + count(core.relationships().size(), "relationship", "relationships")
        + ", "
        + count(document.journey().journeys().size(), "journey", "journeys")
        + ", "
        + count(document.value().driverChains().size(), "value-driver chain", "value-driver chains")
        + "; "
        + count(pictures, "picture", "pictures")
        + "; "
        + count(total, "finding", "findings")
        + " ("
        + counts.getOrDefault(Severity.ERROR, 0)
        + " errors, "
        + counts.getOrDefault(Severity.WARNING, 0)
        + " warnings, "
        + counts.getOrDefault(Severity.INFO, 0)
        + " for information).";
  }

  private static String count(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  private void findings(StringBuilder out, Map<String, List<Finding>> groups) {
    out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    int listed = 0;
    int left = 0;
    for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
      List<Finding> findings = group.getValue();
      if (groups.size() > 1 || !group.getKey().equals("Findings")) {
        out.append("<h3>").append(html(label(group.getKey()))).append("</h3>\n");
      }
      if (findings.isEmpty()) {
        out.append("<p>No findings.</p>\n");
        continue;
      }
      int here = Math.max(0, Math.min(findings.size(), maxFindings - listed));
      left += findings.size() - here;
      if (here == 0) {
        out.append("<p>")
            .append(findings.size())
            .append(" findings, not listed: the report lists ")
            .append(maxFindings)
            .append(" at most.</p>\n");
        continue;
      }
      out.append("<table>\n<thead>\n<tr><th>Severity</th><th>Rule</th><th>Section</th>")
          .append("<th>Elements</th><th>Message</th></tr>\n</thead>\n<tbody>\n");
      for (int i = 0; i < here; i++) {
        row(out, findings.get(i));
      }
      out.append("</tbody>\n</table>\n");
      if (here < findings.size()) {
        out.append("<p>")
            .append(findings.size() - here)
            .append(" more findings in this group are not listed.</p>\n");
      }
      listed += here;
    }
    if (left > 0) {
      out.append("<p class=\"note\">")
          .append(left)
          .append(" findings in all are not listed: the report lists ")
          .append(maxFindings)
          .append(" at most.</p>\n");
    }
    out.append("</section>\n");
  }

  private static void row(StringBuilder out, Finding finding) {
    String severity = finding.severity().name().toLowerCase(java.util.Locale.ROOT);
    StringBuilder elements = new StringBuilder();
    for (TypedId<?> element : finding.elements()) {
      if (elements.length() > 0) {
        elements.append(", ");
      }
      elements.append(element.kind()).append(' ').append(element.value());
    }
    String section =
        "§"
            + finding.reference().section()
            + finding.reference().artefact().map(artefact -> ", " + artefact).orElse("");
    out.append("<tr><td class=\"severity-")
        .append(severity)
        .append("\">")
        .append(severity)
        .append("</td><td class=\"rule\">")
        .append(html(finding.rule().id()))
        .append("</td><td class=\"section\">")
        .append(html(section))
        .append("</td><td class=\"elements\">")
        .append(html(elements.toString()))
        .append("</td><td>")
        .append(html(finding.message()))
        .append("</td></tr>\n");
  }

  private static void figure(StringBuilder out, int number, Picture picture) {
    String svg = picture.svg();
    String base64 = Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    String shown = label(picture.title());
    out.append("<figure id=\"picture-")
        .append(number)
        .append("\">\n<img src=\"data:image/svg+xml;base64,")
        .append(base64)
        .append("\" alt=\"")
        .append(html(shown))
        .append("\"/>\n<figcaption>Picture ")
        .append(number)
        .append(". ")
        .append(html(picture.kind().title()))
        .append(" (")
        .append(html(picture.kind().reference().toString()))
        .append("): ")
        .append(html(shown))
        .append("</figcaption>\n</figure>\n");
  }

  /** Puts a text on one line of bounded length: controls and line breaks become spaces. */
  private static String label(String text) {
    StringBuilder line = new StringBuilder(Math.min(text.length(), TITLE_LENGTH + 1));
    int count = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isWhitespace(codePoint)
          || Character.isSpaceChar(codePoint)
          || Character.getType(codePoint) == Character.CONTROL) {
        space = line.length() > 0;
        continue;
      }
      if (count >= TITLE_LENGTH) {
        return line.append('\u2026').toString();
      }
      if (space) {
        line.append(' ');
        space = false;
      }
      line.appendCodePoint(codePoint);
      count++;
    }
    return line.length() == 0 ? "?" : line.toString();
  }

  /**
   * Escapes a text for HTML (and XML) character data and attribute values; characters XML does not
   * allow (controls, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD.
   */
  static String html(String text) {
    return Markup.escape(text);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof HtmlReport that
        && title.equals(that.title)
        && maxPictures == that.maxPictures
        && maxFindings == that.maxFindings;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, maxPictures, maxFindings);
  }

  /** Returns the settings. */
  @Override
  public String toString() {
    return "HtmlReport{title="
        + title
        + ", maxPictures="
        + maxPictures
        + ", maxFindings="
        + maxFindings
        + "}";
  }
}
