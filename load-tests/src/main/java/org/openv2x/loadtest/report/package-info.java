/**
 * The HTML page of a load test: {@link org.openv2x.loadtest.report.HtmlReport} turns the run's
 * summary into one self-contained XHTML-compatible file with inline CSS and SVG charts.
 */
package org.openv2x.loadtest.report;
