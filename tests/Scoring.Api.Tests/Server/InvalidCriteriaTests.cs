using System.Net;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>A criteria file that does not lint never disappears silently: staff see it on the tracker with every error.</summary>
public sealed class InvalidCriteriaTests : IDisposable
{
    private readonly string _criteria = Directory.CreateTempSubdirectory("scoring-criteria-").FullName;
    private readonly ScoringFactory _factory;

    public InvalidCriteriaTests()
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
