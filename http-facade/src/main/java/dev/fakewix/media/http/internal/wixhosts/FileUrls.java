package dev.fakewix.media.http.internal.wixhosts;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.ArchiveMedia;
import dev.fakewix.media.core.model.Audio;
import dev.fakewix.media.core.model.AudioMedia;
import dev.fakewix.media.core.model.DocumentMedia;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileMedia;
import dev.fakewix.media.core.model.Image;
import dev.fakewix.media.core.model.ImageMedia;
import dev.fakewix.media.core.model.Model3DMedia;
import dev.fakewix.media.core.model.VideoMedia;
import dev.fakewix.media.core.model.VideoResolution;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The media URLs of a file descriptor, in one place for the two faces that need them: {@link MediaRoutes} (which of
 * a file's URLs a request is, and what it serves) and {@link ServedMediaUrls} (every one pointed at the fake). The
 * source URL of an import is not a media URL and is never touched.
 */
final class FileUrls {
    /**
     * A media URL of a file and what it serves: the file's bytes ({@code poster == null}), or a picture of the file
     * that the fake draws ({@code poster}: a video's posters and thumbnail).
     */
    record Served(String url, Image poster) {}

    private FileUrls() {}

    /** The file's media URLs, the file's own first. */
    @Decides(Guess.CDN_RENDITIONS_SERVE_UPLOAD)
    static List<Served> served(FileDescriptor f) {
        List<Served> out = new ArrayList<>();
        add(out, f.url(), null);
        FileMedia m = f.media();
        if (m != null && m.video() != null) {
            Reliance.met(Guess.CDN_RENDITIONS_SERVE_UPLOAD);
            VideoMedia v = m.video();
            v.resolutions().forEach(r -> add(out, r.url(), null));
            v.posters().forEach(p -> add(out, p.url(), p));
            if (!v.posters().isEmpty()) {
                add(out, f.thumbnailUrl(), v.posters().get(0));
            }
        }
        if (m != null && m.audio() != null) {
            m.audio().assets().forEach(a -> add(out, a.url(), null));
        }
        // images and vectors: the image, its preview and the thumbnail are the file's own URL
        map(f, url -> {
            add(out, url, null);
            return url;
        });
        return out;
    }

    private static void add(List<Served> out, String url, Image poster) {
        if (url != null && !url.isEmpty() && out.stream().noneMatch(s -> s.url().equals(url))) {
            out.add(new Served(url, poster));
        }
    }

    /** The descriptor with every media URL passed through {@code url} (empty and absent ones stay as they are). */
    static FileDescriptor map(FileDescriptor f, UnaryOperator<String> url) {
        UnaryOperator<String> u = s -> s == null || s.isEmpty() ? s : url.apply(s);
        FileDescriptor out = f.withUrl(u.apply(f.url())).withThumbnailUrl(u.apply(f.thumbnailUrl()));
        FileMedia m = f.media();
        if (m == null) {
            return out;
        }
        FileMedia mapped;
        if (m.image() != null) {
            mapped = FileMedia.ofImage(imageMedia(m.image(), u));
        } else if (m.vector() != null) {
            mapped = FileMedia.ofVector(imageMedia(m.vector(), u));
        } else if (m.video() != null) {
            VideoMedia v = m.video();
            mapped = FileMedia.ofVideo(new VideoMedia(
                    v.id(),
                    v.resolutions().stream()
                            .map(r -> new VideoResolution(u.apply(r.url()), r.width(), r.height(), r.format()))
                            .toList(),
                    v.filename(),
                    v.posters().stream().map(p -> image(p, u)).toList(),
                    v.sizeInBytes(),
                    v.durationInMilliseconds()));
        } else if (m.audio() != null) {
            AudioMedia a = m.audio();
            mapped = FileMedia.ofAudio(new AudioMedia(
                    a.id(),
                    a.assets().stream()
                            .map(x -> new Audio(x.id(), u.apply(x.url()), x.filename(), x.sizeInBytes()))
                            .toList(),
                    a.bitrate(),
                    a.format(),
                    a.duration(),
                    a.sizeInBytes()));
        } else if (m.document() != null) {
            DocumentMedia d = m.document();
            mapped = FileMedia.ofDocument(new DocumentMedia(d.id(), u.apply(d.url()), d.filename()));
        } else if (m.archive() != null) {
            ArchiveMedia a = m.archive();
            mapped = FileMedia.ofArchive(new ArchiveMedia(a.id(), u.apply(a.url()), a.filename(), a.sizeInBytes()));
        } else if (m.model3d() != null) {
            Model3DMedia d = m.model3d();
            mapped = FileMedia.ofModel3d(new Model3DMedia(
                    d.id(), u.apply(d.url()), image(d.thumbnail(), u), d.altText(), d.filename(), d.sizeInBytes()));
        } else {
            return out;
        }
        return out.withMedia(mapped);
    }

    private static ImageMedia imageMedia(ImageMedia m, UnaryOperator<String> u) {
        return new ImageMedia(image(m.image(), u), m.colors(), m.faces(), image(m.previewImage(), u), m.caption());
    }

    private static Image image(Image i, UnaryOperator<String> u) {
        return i == null
                ? null
                : new Image(
                        i.id(), u.apply(i.url()), i.width(), i.height(), i.altText(), i.filename(), i.sizeInBytes());
    }
}
