package dev.fakewix.media.core;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.SearchFilesRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A fixed sequence of calls over most of the API, recording every answer as text. */
final class Script {
    private Script() {}

    static List<String> run(FakeMediaManager fake, MediaSite site) {
        List<String> out = new ArrayList<>();
        Files files = site.files();
        Folders folders = site.folders();
        Folder pets = folders.createFolder("Pets", null);
        out.add(pets.toString());
        FileDescriptor cat = files.importFile(ImportFileRequest.of("https://example.com/cat.jpg")
                .withParentFolderId(pets.id())
                .withExternalInfo(ExternalInfo.of("o", "1")));
        out.add(cat.toString());
        fake.clock().advance(Duration.ofSeconds(5));
        FileDescriptor clip = files.importFile(
                ImportFileRequest.of("https://example.com/clip.mp4").withFilePath("/videos/2024"));
        out.add(clip.toString());
        out.add(files.bulkImportFile(
                        List.of(
                                ImportFileRequest.of("https://example.com/a.pdf"),
                                ImportFileRequest.of("https://example.com/b.zip"),
                                ImportFileRequest.of("https://example.com/bad")),
                        true)
                .toString());
        String uploadUrl = files.generateFileUploadUrl(
                GenerateFileUploadUrlRequest.of("image/png").withFileName("logo.png"));
        out.add(uploadUrl);
        out.add(FaceAccess.get()
                .transfers(fake)
                .upload(Jwt.ofUploadUrl(uploadUrl), null, "image/png", UploadTest.PNG_3X2)
                .toString());
        out.add(files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"))
                .toString());
        fake.clock().advance(Duration.ofSeconds(5));
        out.add(files.updateFileDescriptor(FileUpdate.of(cat.id()).withDisplayName("tom.jpg"))
                .toString());
        out.add(files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(cat.id()))
                .toString());
        out.add(files.generateFilesDownloadUrl(List.of(cat.id(), clip.id())));
        out.add(folders.generateFolderDownloadUrl(pets.id()));
        files.bulkDeleteFiles(List.of(clip.id()), false);
        folders.bulkDeleteFolders(List.of(pets.id()), false);
        out.add(files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(2)))
                .toString());
        out.add(files.listDeletedFiles(ListFilesRequest.all()).toString());
        out.add(files.searchFiles(SearchFilesRequest.all().withPaging(CursorPaging.limit(2)))
                .toString());
        out.add(files.queryFileDescriptors(CursorQuery.all().withPaging(CursorPaging.limit(2)))
                .toString());
        out.add(folders.listDeletedFolders(ListFoldersRequest.all()).toString());
        folders.bulkRestoreFoldersFromTrashBin(List.of(pets.id()));
        files.bulkRestoreFilesFromTrashBin(List.of(clip.id()));
        out.add(folders.queryFolders(CursorQuery.all()).toString());
        out.add(files.getFileDescriptors(List.of(cat.id(), clip.id())).toString());
        return out;
    }
}
