package org.covalue.interchange.picture;

/**
 * Writes a self-contained SVG document: no script, no link to anything outside it, every text
 * escaped, numbers written the same way on every machine.
 */
final class Svg {

  private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

  private final StringBuilder out = new StringBuilder(8192);

  private Svg() {}

  /**
   * Starts a document of a size, with its title (for screen readers and tool tips) and the style
   * rules of its classes.
   */
  static Svg start(double width, double height, String title, String style) {
    Svg svg = new Svg();
    svg.out
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(n(width))
        .append("\" height=\"")
        .append(n(height))
        .append("\" viewBox=\"0 0 ")
        .append(n(width))
        .append(' ')
        .append(n(height))
        .append("\" role=\"img\" font-family=\"")
        .append(FONT)
        .append("\">\n")
        .append("<title>")
        .append(Text.xml(title))
        .append("</title>\n")
        .append("<style>\n")
        .append("text { fill: #1f2933; }\n")
        .append(".title { font-size: 18px; font-weight: bold; }\n")
        .append(".note { font-size: 12px; fill: #52606d; }\n")
        .append(style)
        .append("</style>\n")
        .append("<rect x=\"0\" y=\"0\" width=\"")
        .append(n(width))
        .append("\" height=\"")
        .append(n(height))
        .append("\" fill=\"#ffffff\"/>\n");
    return svg;
  }

  /** Adds an arrow-head marker that lines refer to as {@code url(#id)}. */
  Svg arrowMarker(String id, String color) {
    out.append("<defs><marker id=\"")
        .append(id)
        .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\"")
        .append(
            " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"")
        .append(" fill=\"")
        .append(color)
        .append("\"/></marker></defs>\n");
    return this;
  }

  Svg rect(double x, double y, double width, double height, String cssClass) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(0, width)))
        .append("\" height=\"")
        .append(n(Math.max(0, height)))
        .append("\" class=\"")
        .append(cssClass)
        .append("\"/>\n");
    return this;
  }

  Svg circle(double cx, double cy, double r, String cssClass) {
    out.append("<circle cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(r))
        .append("\" class=\"")
        .append(cssClass)
        .append("\"/>\n");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" class=\"")
        .append(cssClass)
        .append("\"/>\n");
    return this;
  }

  /** Adds a quadratic curve from one point to another, bent through a control point. */
  Svg curve(double x1, double y1, double cx, double cy, double x2, double y2, String cssClass) {
    out.append("<path d=\"M ")
        .append(n(x1))
        .append(' ')
        .append(n(y1))
        .append(" Q ")
        .append(n(cx))
        .append(' ')
        .append(n(cy))
        .append(' ')
        .append(n(x2))
        .append(' ')
        .append(n(y2))
        .append("\" class=\"")
        .append(cssClass)
        .append("\"/>\n");
    return this;
  }

  /** Adds a quadratic curve that ends in the arrow head of a marker added before. */
  Svg arrow(
      double x1,
      double y1,
      double cx,
      double cy,
      double x2,
      double y2,
      String cssClass,
      String markerId) {
    curve(x1, y1, cx, cy, x2, y2, cssClass);
    out.setLength(out.length() - 4);
    out.append("\" marker-end=\"url(#").append(markerId).append(")\"/>\n");
    return this;
  }

  /** Adds a text; {@code anchor} is start, middle or end. The text is escaped here. */
  Svg text(double x, double y, String text, String cssClass, String anchor) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" class=\"")
        .append(cssClass)
        .append('"');
    if (!anchor.equals("start")) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    out.append('>').append(Text.xml(text)).append("</text>\n");
    return this;
  }

  /** Adds a text turned a quarter left around its position, for a vertical axis. */
  Svg verticalText(double x, double y, String text, String cssClass) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" class=\"")
        .append(cssClass)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 ")
        .append(n(x))
        .append(' ')
        .append(n(y))
        .append(")\">")
        .append(Text.xml(text))
        .append("</text>\n");
    return this;
  }

  /** Starts a group that carries a tool tip: the full text of what it holds. */
  Svg group(String tooltip) {
    out.append("<g><title>").append(Text.xml(tooltip)).append("</title>\n");
    return this;
  }

  Svg endGroup() {
    out.append("</g>\n");
    return this;
  }

  String end() {
    return out.append("</svg>\n").toString();
  }

  /** Writes a coordinate with at most one decimal. */
  static String n(double value) {
    return Text.number(value, 1);
  }
}
