package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.model.Period;
import org.recits.api.report.Progress;
import org.recits.api.run.CommandRun;
import org.recits.api.run.FolderCheck;
import org.recits.api.text.Messages;
import org.recits.api.text.PeriodWords;

/**
 * <em>Produire</em>: choose the period among the quarters the files hold, the language and the formats; the
 * report is then written by {@code recits report} itself, through the engine's service, in the background, into
 * a folder of the job's own. While it runs the page shows the step the engine is at, from the channel the command
 * line draws its progress with, kept up to date in place by the page's own script (without one, a link shows it
 * again); once done it links to every file written, the narrative shown as a page, and a zip of everything.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/produire",
    "osgi.http.whiteboard.servlet.name=recits-produce"})
public final class ProduceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient JobPages pages;

    @Activate
    public ProduceServlet(@Reference JobPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        Messages t = lang.texts();
        Job job = pages.find(request.getParameter("job"), Visitor.cookie(request), response, lang, "/produire");
        if (job == null) {
            return;
        }
        String token = Visitor.token(request, response);
        FolderCheck check = pages.check(job, lang);
        StringBuilder b = new StringBuilder(JobSteps.html(lang, job, "/produire"));
        String here = "/produire?job=" + job.id;
        if (check.refusal() != null || check.quarters().isEmpty()) {
            b.append("<p class=\"alert\" role=\"alert\">").append(escapeXml11(check.refusal() != null
                    ? t.get("check.refused", check.refusal()) : t.get("produce.noPeriod"))).append("</p>\n");
            PageFrame.write(response, lang, here, t.get("produce.title"), b.toString());
            return;
        }
        Production p = job.production.get();
        if (p != null && !p.done()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - p.started());
            // not a live region: its seconds would be read out every time they change
            b.append("<p id=\"etat\" class=\"running\">")
                    .append(escapeXml11(t.get("produce.running", p.period(lang.locale()), seconds))).append("</p>\n");
            step(b, t, p.step().get());
            b.append("<p><a href=\"").append(escapeXml11(lang.link(here))).append("\">")
                    .append(escapeXml11(t.get("produce.again"))).append("</a></p>\n");
            PageFrame.write(response, lang, here, t.get("produce.title"), b.toString(), true);
            return;
        }
        if (p != null) {
            Outputs.describe(b, lang, job, p);
        }
        form(b, lang, job, token, check, p);
        PageFrame.write(response, lang, here, t.get("produce.title"), b.toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        Messages t = lang.texts();
        if (!Visitor.posted(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            PageFrame.write(response, lang, "/produire", t.get("produce.title"),
                    "<p class=\"alert\" role=\"alert\">" + escapeXml11(t.get("refused.csrf")) + "</p>\n");
            return;
        }
        Job job = pages.find(Visitor.fromAddress(request, "job"), Visitor.cookie(request), response, lang,
                "/produire");
        if (job == null) {
            return;
        }
        FolderCheck check = pages.check(job, lang);
        String period = request.getParameter("periode");
        String language = "en".equals(request.getParameter("langue")) ? "en" : "fr";
        boolean csv = "csv".equals(request.getParameter("csv"));
        // only a quarter the page offered: nothing typed reaches the command line
        boolean offered = check.refusal() == null
                && check.quarters().stream().anyMatch(q -> q.label().equals(period));
        if (offered) {
            Path out = job.folder.resolve("sorties-" + job.productions.incrementAndGet());
            Production started = Production.asked(out, period);
            Production before = job.production.get();
            if ((before == null || before.done()) && job.production.compareAndSet(before, started)) {
                List<String> args = Production.command(job.data(), out, period, language, csv);
                pages.jobs().run(() -> job.production.set(started.finished(run(args, started.progress()))));
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", lang.link("/produire?job=" + job.id));
    }

    private CommandRun run(List<String> args, Progress progress) {
        try {
            return pages.engine().run(args, progress);
        } catch (RuntimeException e) {
            return new CommandRun(1, "", e.getClass().getSimpleName());
        }
    }

    /**
     * The step the engine is at, as the command line shows it on a terminal (the same channel): its words, and a
     * progress bar with its count when it has one (« Calcul de PART_ATTENDANCE_RATE », 5 sur 26).
     */
    static void step(StringBuilder b, Messages t, Production.Step step) {
        b.append("<div class=\"step\" id=\"etape\">\n<p>").append(escapeXml11(step == null ? t.get("produce.starting")
                : t.get("produce.step", step.what()))).append("</p>\n");
        if (step != null && step.total() > 0) {
            long at = Math.min(step.done() + 1, step.total()); // the terminal's [n/total]: the unit in hand
            String count = t.get("produce.count", at, step.total());
            b.append("<p><progress id=\"avancement\" max=\"").append(step.total()).append("\" value=\"")
                    .append(step.done()).append("\" aria-labelledby=\"compte\"></progress> <span id=\"compte\">")
                    .append(escapeXml11(count)).append("</span></p>\n");
        }
        b.append("</div>\n");
    }

    /** Period (the latest first, chosen), language, formats; the workbook, charts and narrative always come. */
    private static void form(StringBuilder b, PageLanguage lang, Job job, String token, FolderCheck check,
            Production last) {
        Messages t = lang.texts();
        List<Period> quarters = new ArrayList<>(check.quarters());
        java.util.Collections.reverse(quarters);
        String chosen = last != null ? last.period() : quarters.get(0).label();
        b.append("<form method=\"post\" class=\"produce\" action=\"").append(escapeXml11(lang.link("/produire")
                + "&job=" + job.id + "&" + Visitor.PARAMETER + "=" + token)).append("\">\n");
        b.append("<p><label for=\"periode\">").append(escapeXml11(t.get("produce.period"))).append("</label>\n")
                .append("<select id=\"periode\" name=\"periode\">\n");
        PeriodWords words = PeriodWords.of(lang.locale());
        for (Period q : quarters) {
            b.append("<option value=\"").append(escapeXml11(q.label())).append("\"")
                    .append(q.label().equals(chosen) ? " selected" : "").append(">")
                    .append(escapeXml11(words.name(q))).append("</option>\n");
        }
        b.append("</select></p>\n<fieldset>\n<legend>").append(escapeXml11(t.get("produce.language")))
                .append("</legend>\n");
        for (String l : List.of("fr", "en")) {
            b.append("<label><input type=\"radio\" name=\"langue\" value=\"").append(l).append("\"")
                    .append(l.equals(lang.code()) ? " checked" : "").append("> ")
                    .append(escapeXml11(t.get("produce.language." + l))).append("</label>\n");
        }
        b.append("</fieldset>\n<fieldset>\n<legend>").append(escapeXml11(t.get("produce.formats"))).append("</legend>\n")
                .append("<p class=\"help\">").append(escapeXml11(t.get("produce.always"))).append("</p>\n")
                .append("<label><input type=\"checkbox\" name=\"csv\" value=\"csv\"> ")
                .append(escapeXml11(t.get("produce.csv"))).append("</label>\n</fieldset>\n")
                .append("<p><button type=\"submit\">").append(escapeXml11(t.get("produce.submit")))
                .append("</button></p>\n</form>\n");
    }
}
