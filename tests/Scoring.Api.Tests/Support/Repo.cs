namespace Scoring.Api.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Scoring.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Repository root (Scoring.sln) not found above " + AppContext.BaseDirectory);
    }
}
