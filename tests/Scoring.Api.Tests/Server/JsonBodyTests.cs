using System.Net;
using System.Text;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The API reads a JSON body only when it is declared as JSON: a form another page makes the browser post (text/plain or a form
/// encoding, which need no CORS preflight) is refused before anything is done, in Vietnamese.</summary>
public sealed class JsonBodyTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task CreateRun_JsonSentAsAnotherType_400AndNoRun(string type)
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);

        var response = await staff.PostAsync(ApiClient.Url("/api/runs"),
            new StringContent("""{"year":2024,"criteria":"mau-2024","knowingly":true}""", Encoding.UTF8, type));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Content-Type: application/json", System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await _factory.Store.Runs.ListAsync(CancellationToken.None));
    }
}
