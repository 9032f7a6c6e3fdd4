using System.Text;
using System.Text.Json;
using Scoring.Api.Spreadsheets;

namespace Scoring.Api.Endpoints;

/// <summary>Reads request bodies defensively: anything a user sends that cannot be read becomes a Vietnamese message, never an exception.</summary>
public static class RequestBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The multipart field "file" (name and bytes), or the Vietnamese reason it could not be read.</summary>
    public static async Task<(string? Name, byte[]? Bytes, string? Problem)> FileAsync(HttpRequest request, CancellationToken ct)
    {
        var (name, bytes, _, problem) = await FormFileAsync(request, UploadLimits.Default.MaxBytes, ct).ConfigureAwait(false);
        return (name, bytes, problem);
    }

    /// <summary>The file of a multipart form's "file" field (at most <paramref name="max"/> bytes) with the rest of the form, or the
    /// Vietnamese reason it could not be read.</summary>
    public static async Task<(string? Name, byte[]? Bytes, IFormCollection? Form, string? Problem)> FormFileAsync(HttpRequest request, long max,
        CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, null, null, "Cần gửi tệp dạng multipart/form-data, trường \"file\".");
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, null, null, $"Không đọc được biểu mẫu gửi lên (tệp quá lớn hoặc hỏng). Giới hạn={max} byte");
        }
        if (form.Files.GetFile("file") is not { } file)
        {
            return (null, null, null, "Không có tệp: cần trường \"file\" chứa tệp không rỗng.");
        }
        if (file.Length == 0)
        {
            return (null, null, null, $"Tệp {Path.GetFileName(file.FileName)} rỗng (0 byte), không có nội dung: hãy chọn đúng tệp rồi gửi lại.");
        }
        if (file.Length > max)
        {
            return (null, null, null, $"Tệp quá lớn: {file.Length} byte. Giới hạn={max} byte");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct).ConfigureAwait(false);
        return (Path.GetFileName(file.FileName), buffer.ToArray(), form, null);
    }

    /// <summary>A JSON body as <typeparamref name="T"/>, or the Vietnamese reason it could not be read.</summary>
    public static async Task<(T? Value, string? Problem)> JsonAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        // Only a body declared as JSON: a form another site posts (text/plain, application/x-www-form-urlencoded) is never read as one.
        if (!request.HasJsonContentType())
        {
            return (null, $"Cần gửi nội dung JSON với tiêu đề Content-Type: application/json (đang là \"{request.ContentType ?? "không có"}\").");
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, ct).ConfigureAwait(false);
            return value is null ? (null, "Nội dung JSON rỗng.") : (value, null);
        }
        catch (JsonException e)
        {
            return (null, $"Nội dung JSON không hợp lệ. Dòng={e.LineNumber + 1}, Vị trí={e.BytePositionInLine + 1}");
        }
    }

    /// <summary>A text body (UTF-8) up to <paramref name="maxChars"/> characters, or the Vietnamese reason it could not be read.</summary>
    public static async Task<(string? Text, string? Problem)> TextAsync(HttpRequest request, int maxChars, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[maxChars + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct).ConfigureAwait(false);
        return read > maxChars
            ? (null, $"Nội dung quá dài. Giới hạn={maxChars} ký tự")
            : (new string(buffer, 0, read), null);
    }
}
