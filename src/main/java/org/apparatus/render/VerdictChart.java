package org.apparatus.render;

import java.util.List;

/** A small horizontal bar chart of the verdict distribution, as inline SVG with text labels. */
final class VerdictChart {
  private VerdictChart() {}

  static String svg(List<Views.VerdictGroup> groups) {
    int max = groups.stream().mapToInt(Views.VerdictGroup::count).max().orElse(1);
    int rowHeight = 26;
    int height = rowHeight * groups.size() + 8;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 ").append(height)
        .append("\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">Fact-checks by verdict</title>");
    int y = 4;
    for (Views.VerdictGroup g : groups) {
      int width = max == 0 ? 0 : Math.max(2, (int) Math.round(250.0 * g.count() / Math.max(1, max)));
      b.append("<text x=\"0\" y=\"").append(y + 17).append("\" class=\"chart-label\">").append(escape(g.label())).append("</text>");
      b.append("<rect x=\"190\" y=\"").append(y + 4).append("\" width=\"").append(width)
          .append("\" height=\"18\" class=\"bar v-").append(g.key()).append("\"/>");
      b.append("<text x=\"").append(196 + width).append("\" y=\"").append(y + 17).append("\" class=\"chart-count\">")
          .append(g.count()).append("</text>");
      y += rowHeight;
    }
    return b.append("</svg>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }
}
