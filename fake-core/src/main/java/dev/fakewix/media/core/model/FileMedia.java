package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The media of a ready file: exactly one component is set, matching the file's media type ({@code font} for the
 * fonts Wix keeps under its internal media type FONT).
 * Import responses and pending files carry no media at all.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FileMedia(
        @Nullable ImageMedia image,
        @Nullable VideoMedia video,
        @Nullable AudioMedia audio,
        @Nullable DocumentMedia document,
        @Nullable ImageMedia vector,
        @Nullable ArchiveMedia archive,
        @Nullable Model3DMedia model3d,
        @Nullable FontMedia font) {
    public FileMedia {
        int set = (image == null ? 0 : 1)
                + (video == null ? 0 : 1)
                + (audio == null ? 0 : 1)
                + (document == null ? 0 : 1)
                + (vector == null ? 0 : 1)
                + (archive == null ? 0 : 1)
                + (model3d == null ? 0 : 1)
                + (font == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException(
                    "FileMedia is a one-of: exactly one media kind must be set, found " + set);
        }
    }

    public static FileMedia ofImage(ImageMedia image) {
        return new FileMedia(image, null, null, null, null, null, null, null);
    }

    public static FileMedia ofVideo(VideoMedia video) {
        return new FileMedia(null, video, null, null, null, null, null, null);
    }

    public static FileMedia ofAudio(AudioMedia audio) {
        return new FileMedia(null, null, audio, null, null, null, null, null);
    }

    public static FileMedia ofDocument(DocumentMedia document) {
        return new FileMedia(null, null, null, document, null, null, null, null);
    }

    public static FileMedia ofVector(ImageMedia vector) {
        return new FileMedia(null, null, null, null, vector, null, null, null);
    }

    public static FileMedia ofArchive(ArchiveMedia archive) {
        return new FileMedia(null, null, null, null, null, archive, null, null);
    }

    public static FileMedia ofModel3d(Model3DMedia model3d) {
        return new FileMedia(null, null, null, null, null, null, model3d, null);
    }

    public static FileMedia ofFont(FontMedia font) {
        return new FileMedia(null, null, null, null, null, null, null, font);
    }
}
