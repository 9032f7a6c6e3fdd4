using System.Net.Http.Headers;
using System.Text;
using Scoring.Api.Tests.Support;

namespace Scoring.Api.Tests.Server;

/// <summary>Request helpers for the API tests: multipart uploads of sample files and JSON bodies.</summary>
internal static class ApiClient
{
    public static Uri Url(string path) => new(path, UriKind.Relative);

    public static MultipartFormDataContent File(string path, string? name = null)
    {
        var file = new ByteArrayContent(System.IO.File.ReadAllBytes(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", name ?? Path.GetFileName(path) } };
    }

    public static MultipartFormDataContent Sample(string agency) => File(Repo.Path("samples", "workbooks", "mau-2024", agency + ".xlsx"));

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string agency, string? file = null) =>
        client.PostAsync(Url($"/api/submissions/mau-2024/2024/{agency}"), Sample(file ?? agency));

    /// <summary>Uploads bytes made in a test as an agency's 2024 workbook under mau-2024, named <paramref name="name"/>.</summary>
    public static Task<HttpResponseMessage> UploadBytesAsync(HttpClient client, string agency, byte[] bytes, string? name = null) =>
        client.PostAsync(Url($"/api/submissions/mau-2024/2024/{agency}"), new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name ?? agency + ".xlsx" } });
}
