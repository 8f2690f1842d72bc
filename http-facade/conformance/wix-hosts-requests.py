"""Code written for Wix, with Python's requests (Debian's python3-requests), against the fake on Wix's own host names.

Nothing here knows about the fake: it calls https://www.wixapis.com, uploads to the URL it is given, and downloads
file.url from static.wixstatic.com. run-wix-hosts.sh runs it in a network namespace whose hosts file maps Wix's names
to the fake, with the fake's CA in REQUESTS_CA_BUNDLE.

Environment: REQUESTS_CA_BUNDLE (the CA), WIX_SITE_ID (optional).
"""
import os
import struct
import sys
import zlib

import requests

API = "https://www.wixapis.com/site-media/v1"
SITE_ID = os.environ.get("WIX_SITE_ID", "00000000-0000-4000-8000-0000000079f0")
HEADERS = {"Authorization": "python-api-key", "wix-site-id": SITE_ID}
TIMEOUT = 30
checks = 0


def check(condition, what):
    global checks
    if not condition:
        raise AssertionError(what)
    checks += 1


def png(width, height):
    """A real PNG of width x height, grey, written with zlib (no imaging library needed)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def png_size(data):
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "a PNG signature, got %r" % data[:8])
    return struct.unpack(">II", data[16:24])


def main():
    image = png(3, 2)

    upload = requests.post(API + "/files/generate-upload-url", json={"mimeType": "image/png"}, headers=HEADERS,
                           timeout=TIMEOUT)
    check(upload.status_code == 200, "generate-upload-url: %s %s" % (upload.status_code, upload.text))
    upload_url = upload.json()["uploadUrl"]
    check(upload_url.startswith("https://upload.wixmp.com/"), "an https upload URL on Wix's host, got " + upload_url)

    put = requests.put(upload_url, params={"filename": "python.png"}, data=image,
                       headers={"Content-Type": "image/png"}, timeout=TIMEOUT)
    check(put.status_code == 200, "PUT upload URL: %s %s" % (put.status_code, put.text))
    file_id = put.json()["file"]["id"]

    got = requests.get(API + "/files/get-file-by-id", params={"fileId": file_id}, headers=HEADERS, timeout=TIMEOUT)
    check(got.status_code == 200, "get-file-by-id: %s %s" % (got.status_code, got.text))
    file = got.json()["file"]
    check(file["operationStatus"] == "READY", "the upload is READY, got " + file["operationStatus"])
    check(file["url"].startswith("https://static.wixstatic.com/media/"), "file.url on Wix's CDN, got " + file["url"])

    media = requests.get(file["url"], timeout=TIMEOUT)
    check(media.status_code == 200, "GET file.url: %s" % media.status_code)
    check(media.content == image, "file.url serves the uploaded bytes, byte for byte")

    download = requests.post(API + "/files/generate-file-download-url", json={"fileId": file_id}, headers=HEADERS,
                             timeout=TIMEOUT)
    check(download.status_code == 200, "generate-file-download-url: %s %s" % (download.status_code, download.text))
    download_url = download.json()["downloadUrls"][0]["url"]
    check(download_url.startswith("https://download-files.wixmp.com/"), "download URL on Wix's host: " + download_url)
    check(requests.get(download_url, timeout=TIMEOUT).content == image, "the download URL serves the bytes")

    imported = requests.post(API + "/files/import", json={"url": "https://example.com/python/cover.png",
                                                          "mimeType": "image/png"}, headers=HEADERS, timeout=TIMEOUT)
    check(imported.status_code == 200, "import: %s %s" % (imported.status_code, imported.text))
    cover_id = imported.json()["file"]["id"]
    ready = requests.get(API + "/files/get-file-by-id", params={"fileId": cover_id}, headers=HEADERS, timeout=TIMEOUT)
    cover = ready.json()["file"]
    check(cover["operationStatus"] == "READY", "the import is READY, got " + cover["operationStatus"])
    stated = cover["media"]["image"]["image"]
    placeholder = requests.get(cover["url"], timeout=TIMEOUT)
    check(placeholder.status_code == 200, "GET an imported image's url: %s" % placeholder.status_code)
    check(placeholder.headers["Content-Type"] == "image/png", "a PNG placeholder for a PNG import")
    check(png_size(placeholder.content) == (stated["width"], stated["height"]),
          "the placeholder has the stated size %sx%s" % (stated["width"], stated["height"]))

    missing = requests.get("https://static.wixstatic.com/media/no-such-file.png", timeout=TIMEOUT)
    check(missing.status_code == 404, "an unknown media URL is 404, got %s" % missing.status_code)

    print("python requests against Wix's host names: %d checks passed" % checks)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print("FAILED after %d checks: %s" % (checks, e), file=sys.stderr)
        sys.exit(1)
