package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What {@link ListAnswers} reads and renders, and when it gives a kept answer instead. */
class ListAnswersTest {
    private final FakeMediaManager fake = FakeMediaManager.builder()
            .seed(1)
            .clock(VirtualClock.frozenAt(Instant.parse("2024-05-01T10:00:00Z")))
            .build();
    private final MediaSite site = fake.site("site-1");
    private final ListAnswers answers = new ListAnswers();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger renders = new AtomicInteger();

    private ListAnswers.Read read() {
        reads.incrementAndGet();
        return new ListAnswers.Read(ListFilesRequest.all(), site.files().listFiles(ListFilesRequest.all()));
    }

    private Body render(FilePage page) {
        renders.incrementAndGet();
        return Body.of(("files " + page.files().size()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameQueryOfAnUnchangedSiteIsReadAndRenderedOnce() {
        site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
        Body first = answers.answer(site, "site-1", "paging.limit=5", "UTF-8", this::read, this::render);
        Body second = answers.answer(site, "site-1", "paging.limit=5", "UTF-8", this::read, this::render);

        assertThat(second).isSameAs(first);
        assertThat(reads).hasValue(1);
        assertThat(renders).hasValue(1);
    }

    @Test
    void anotherQueryCharsetOrSiteIsNotTheSameAnswer() {
        answers.answer(site, "site-1", "paging.limit=5", "UTF-8", this::read, this::render);
        answers.answer(site, "site-1", "paging.limit=6", "UTF-8", this::read, this::render);
        answers.answer(site, "site-1", "paging.limit=5", "ISO-8859-1", this::read, this::render);
        answers.answer(fake.site("site-2"), "site-2", "paging.limit=5", "UTF-8", this::read, this::render);

        assertThat(reads).hasValue(4);
    }

    @Test
    void aWriteMakesTheNextAnswerANewReadOfTheKeptRequest() {
        Body before = answers.answer(site, "site-1", "", "UTF-8", this::read, this::render);
        site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
        Body after = answers.answer(site, "site-1", "", "UTF-8", this::read, this::render);
        Body again = answers.answer(site, "site-1", "", "UTF-8", this::read, this::render);

        assertThat(new String(before.toArray(), StandardCharsets.UTF_8)).isEqualTo("files 0");
        assertThat(new String(after.toArray(), StandardCharsets.UTF_8)).isEqualTo("files 1");
        assertThat(again).isSameAs(after);
        assertThat(reads).as("the query is read once; the request read is kept").hasValue(1);
        assertThat(renders).hasValue(2);
    }

    @Test
    void aSiteMadeAnewUnderTheSameIdIsNotAnsweredFromTheOldOne() {
        answers.answer(site, "site-1", "", "UTF-8", this::read, this::render);
        MediaSite other = FakeMediaManager.builder().seed(1).build().site("site-1");

        answers.answer(
                other,
                "site-1",
                "",
                "UTF-8",
                () -> new ListAnswers.Read(ListFilesRequest.all(), other.files().listFiles(ListFilesRequest.all())),
                this::render);

        assertThat(renders).hasValue(2);
    }
}
