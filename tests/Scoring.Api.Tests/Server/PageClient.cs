using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Scoring.Api.Storage;

namespace Scoring.Api.Tests.Server;

/// <summary>A browser-like client for the pages: signs in through the sign-in form and keeps the cookies.</summary>
internal sealed partial class PageClient
{
    private PageClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static async Task<PageClient> SignInAsync(ScoringFactory factory, string role, string? agency = null)
    {
        var token = await factory.Store.Tokens.CreateAsync($"Thử {role} {agency}".TrimEnd(), role, agency, "test", CancellationToken.None);
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var client = new PageClient(http);
        var form = await client.GetAsync("/dang-nhap");
        var response = await http.PostAsync(new Uri("/dang-nhap", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["__RequestVerificationToken"] = Antiforgery(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {response.StatusCode}");
        }
        return client;
    }

    public async Task<string> GetAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: {response.StatusCode}\n{body}");
        }
        return body;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, string page, IDictionary<string, string> fields)
    {
        var html = await GetAsync(page);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Antiforgery(html) };
        return await Http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(all));
    }

    public async Task<string> UploadAsync(string page, byte[] bytes, string fileName)
    {
        var html = await GetAsync(page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery(html)), "__RequestVerificationToken" },
            { new StringContent("mau-2024"), "criteria" },
            { new StringContent("2024"), "year" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", fileName);
        var response = await Http.PostAsync(new Uri(page + "?handler=Upload", UriKind.Relative), content);
        // Every form answers with a redirect to the page (a refresh repeats nothing); the page after it shows the outcome.
        return response.StatusCode == HttpStatusCode.Redirect
            ? await GetAsync(response.Headers.Location!.OriginalString)
            : throw new InvalidOperationException($"Upload: {response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Posts a form and follows its redirect (as a browser does), returning the page shown after it.</summary>
    public async Task<string> SubmitAsync(string path, string page, IDictionary<string, string> fields)
    {
        var response = await PostFormAsync(path, page, fields);
        return response.StatusCode == HttpStatusCode.Redirect
            ? await GetAsync(response.Headers.Location!.OriginalString)
            : throw new InvalidOperationException($"POST {path}: {response.StatusCode} (expected a redirect)\n{await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The appraisal form's fields for some rows: item, points and reason each (the rows left out are unchanged).</summary>
    public static Dictionary<string, string> Appraisal(params (string Item, string Points, string Reason)[] rows)
    {
        var fields = new Dictionary<string, string>();
        foreach (var ((item, points, reason), n) in rows.Select((r, n) => (r, n)))
        {
            fields[$"Rows[{n}].Item"] = item;
            fields[$"Rows[{n}].Points"] = points;
            fields[$"Rows[{n}].Reason"] = reason;
        }
        return fields;
    }

    public static string Antiforgery(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token."));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
