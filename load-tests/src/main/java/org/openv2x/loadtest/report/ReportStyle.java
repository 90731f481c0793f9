package org.openv2x.loadtest.report;

/**
 * The page's stylesheet: dark text on white, plain tables with right-aligned tabular figures, the
 * verdict banner, and print rules that keep charts and tables whole on a page. It holds no {@code
 * <} or {@code &}, so it stays valid inside the XML form of the page.
 */
final class ReportStyle {

  static final String CSS =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;\
      color:#1a1a1a;background:#fff;margin:24px auto;max-width:940px;padding:0 16px}
      h1{font-size:22px;margin:0 0 2px}
      h2{font-size:17px;margin:28px 0 8px;padding-bottom:2px;border-bottom:1px solid #c8c8c8}
      .subtitle{margin:0;color:#404040}
      table{border-collapse:collapse;margin:4px 0 16px}
      caption{text-align:left;font-weight:600;padding:2px 0}
      th,td{text-align:left;vertical-align:top;padding:3px 14px 3px 0;border-bottom:1px solid #e0e0e0}
      thead th{border-bottom:1px solid #8c8c8c;font-weight:600}
      tbody th{font-weight:500}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .missing{color:#6e6e6e;font-style:italic}
      .pass{color:#005a8c;white-space:nowrap}
      .fail{color:#a64200;font-weight:700;white-space:nowrap}
      .verdict{border:2px solid #6e6e6e;border-left-width:10px;padding:8px 14px;margin:16px 0}
      .verdict.passed{border-color:#0072B2;background:#f0f6fb}
      .verdict.failed{border-color:#D55E00;background:#fdf3ec}
      .verdict-title{font-size:18px;font-weight:700;margin:0 0 6px}
      .verdict table{margin:0}
      .verdict th,.verdict td{border:none}
      pre{white-space:pre-wrap;word-break:break-all;background:#f5f5f5;border:1px solid #e0e0e0;\
      padding:8px;margin:0}
      figure{margin:8px 0 22px}
      figcaption{font-weight:600;margin-bottom:4px}
      svg.chart{display:block;max-width:100%;height:auto}
      svg.chart text{font-size:11px;fill:#1a1a1a}
      svg.chart text.axis-label{font-size:12px}
      svg.chart text.missing{font-size:14px;fill:#6e6e6e}
      svg.chart text.event-label{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
      .note{color:#404040;font-size:13px;margin:2px 0}
      details.other-scale summary{cursor:pointer;color:#404040;font-size:13px}
      ul.notes{padding-left:20px}
      @media print{body{margin:0;max-width:none;font-size:12px}\
      .verdict.passed,.verdict.failed,pre{background:none}\
      figure,table,.verdict{break-inside:avoid}details.other-scale{display:none}}
      """;

  private ReportStyle() {}
}
