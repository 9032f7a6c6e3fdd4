using Microsoft.Net.Http.Headers;
using Scoring.Api.Attachments;

namespace Scoring.Api.Server;

/// <summary>How an evidence file is served, for the API and the pages alike: its type as read from its bytes, never sniffed; a PDF or an
/// image (which a browser shows without running anything) inline, under a policy that lets it run nothing and be framed only by this
/// server's pages; anything else, or when asked, as a download.</summary>
public static class EvidenceResponse
{
    /// <summary>Sets the headers of the response and gives the bytes and content type to send (the API and the pages each wrap them in
    /// their own result, which must not name a download file: the disposition is set here).</summary>
    public static (byte[] Bytes, string ContentType) Prepare(HttpResponse response, EvidenceFile file, bool download)
    {
        var inline = file.Kind.Inline && !download;
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        // Read by SecurityHeaders, which otherwise forbids every frame: an inline file may be shown in this server's own pages.
        response.Headers.XFrameOptions = "SAMEORIGIN";
        response.Headers.ContentSecurityPolicy = file.Kind == EvidenceKind.Pdf
            ? "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'"
            : "default-src 'none'; img-src 'self'; frame-ancestors 'self'; sandbox";
        return (file.Bytes, file.Kind.ContentType);
    }
}
