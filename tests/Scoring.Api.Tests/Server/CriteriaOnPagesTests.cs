using System.Net;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The criteria folder as staff meet it: a file that does not lint is shown with every error, never silently left out;
/// a version that names its year opens on it.</summary>
public sealed class CriteriaOnPagesTests : IDisposable
{
    private readonly string _criteria = Directory.CreateTempSubdirectory("scoring-criteria-").FullName;
    private readonly ScoringFactory _factory;

    public CriteriaOnPagesTests()
    {
        File.Copy(Repo.Path("criteria", "mau-2024.yaml"), Path.Combine(_criteria, "mau-2024.yaml"));
        File.WriteAllText(Path.Combine(_criteria, "hong-2026.yaml"), File.ReadAllText(Repo.Path("criteria", "mau-2024.yaml"))
            .Replace("id: mau-2024", "id: hong-2026", StringComparison.Ordinal)
            .Replace("scale: 100", "scale: 100,5", StringComparison.Ordinal));
        _factory = new ScoringFactory { CriteriaPath = _criteria };
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_criteria, recursive: true);
    }

    [Fact]
    public async Task Tracker_VersionNamesItsYear_OpensOnThatYearUnlessTheAddressSaysOtherwise()
    {
        using var factory = new ScoringFactory();
        var staff = await PageClient.SignInAsync(factory, Roles.Staff);
        var own = WebUtility.HtmlDecode(await staff.GetAsync("/noi-vu?criteria=mau-2026"));
        Assert.Contains("<input id=\"year\" name=\"year\" type=\"number\" min=\"2000\" max=\"2100\" value=\"2026\" />", own);
        Assert.Contains("Tình hình nộp bài năm 2026, bộ tiêu chí mau-2026", own);
        var asked = WebUtility.HtmlDecode(await staff.GetAsync("/noi-vu?criteria=mau-2026&year=2025"));
        Assert.Contains("Tình hình nộp bài năm 2025, bộ tiêu chí mau-2026", asked);
    }

    [Fact]
    public async Task Tracker_FolderHoldsAFileThatDoesNotLint_NamedWithItsErrorsAndNotOffered()
    {
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        var page = WebUtility.HtmlDecode(await staff.GetAsync("/noi-vu"));
        Assert.Contains("Tệp tiêu chí không dùng được", page);
        Assert.Contains("<h3>hong-2026.yaml</h3>", page);
        Assert.Contains("viết 100.5, không viết 100,5", page);
        Assert.DoesNotContain("<option value=\"hong-2026\"", page);
        Assert.Contains("<option value=\"mau-2024\"", page);
    }
}
