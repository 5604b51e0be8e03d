package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.run.Engine;
import org.recits.api.run.FolderCheck;
import org.recits.api.text.Messages;

/**
 * What the pages of one job (<em>Vérifier</em>, <em>Produire</em>) share: the job found by id and owner, or the
 * page that says it is not there; and the check of its files, made once per language through the engine.
 */
@Component(service = JobPages.class)
public final class JobPages {

    private final Jobs jobs;
    private final Engine engine;

    @Activate
    public JobPages(@Reference Jobs jobs, @Reference Engine engine) {
        this.jobs = jobs;
        this.engine = engine;
    }

    Jobs jobs() {
        return jobs;
    }

    Engine engine() {
        return engine;
    }

    /**
     * The job of this id made by the visitor of this cookie; else a 404 page for {@code path} is written and null
     * returned: an unknown id and another's job look the same.
     */
    Job find(String id, String owner, HttpServletResponse response, PageLanguage lang, String path)
            throws IOException {
        Job job = jobs.find(id, owner);
        if (job == null) {
            Messages t = lang.texts();
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            PageFrame.write(response, lang, path, t.get("job.notFound.title"),
                    "<p>" + escapeXml11(t.get("job.notFound.text")) + "</p>\n");
        }
        return job;
    }

    /** What {@code recits check} says of the job's files in the page's language; the files do not change. */
    FolderCheck check(Job job, PageLanguage lang) throws IOException {
        FolderCheck check = job.checks.get(lang.code());
        if (check == null) {
            check = engine.check(job.data(), lang.locale());
            job.checks.put(lang.code(), check);
        }
        return check;
    }
}
