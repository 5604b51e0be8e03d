package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import org.recits.api.text.Messages;

/** The steps of a job, at the top of its pages: where the visitor is, and the way to the others. */
final class JobSteps {

    private JobSteps() {
    }

    static String html(PageLanguage lang, Job job, String current) {
        Messages t = lang.texts();
        StringBuilder b = new StringBuilder("<nav class=\"job-steps\" aria-label=\"")
                .append(escapeXml11(t.get("steps.label"))).append("\">\n<ol>\n");
        b.append("<li><a href=\"").append(escapeXml11(lang.link("/deposer"))).append("\">")
                .append(escapeXml11(t.get("steps.deposit"))).append("</a></li>\n");
        for (String[] step : new String[][] {{"/verifier", "steps.check"}, {"/produire", "steps.produce"}}) {
            b.append("<li><a href=\"").append(escapeXml11(lang.link(step[0] + "?job=" + job.id))).append("\"")
                    .append(step[0].equals(current) ? " aria-current=\"step\"" : "").append(">")
                    .append(escapeXml11(t.get(step[1]))).append("</a></li>\n");
        }
        return b.append("</ol>\n</nav>\n").toString();
    }
}
