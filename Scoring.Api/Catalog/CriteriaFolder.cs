using Scoring.Rules.Format;
using Scoring.Rules.Lint;

namespace Scoring.Api.Catalog;

/// <summary>The folder of criteria files (<c>criteria/</c>): finds a version by id or path and lints it on load.</summary>
public sealed class CriteriaFolder
{
    /// <summary>Uses <paramref name="path"/>, or finds <c>criteria/</c> in the working directory or above it.</summary>
    public CriteriaFolder(string? path = null) => Path = path ?? Locate();

    /// <summary>The folder's path.</summary>
    public string Path { get; }

    /// <summary>The criteria files in the folder, by name.</summary>
    public IReadOnlyList<string> Files =>
        Directory.Exists(Path) ? [.. Directory.GetFiles(Path, "*.yaml").Order(StringComparer.Ordinal)] : [];

    /// <summary>Loads a version by id or file path; the result carries lint problems when it is not valid.</summary>
    public LoadedCriteria Load(string idOrPath)
    {
        if (File.Exists(idOrPath))
        {
            return LoadFile(idOrPath);
        }
        foreach (var file in Files)
        {
            var loaded = LoadFile(file);
            if (loaded.Read?.Version?.Id == idOrPath)
            {
                return loaded;
            }
        }
        var known = string.Join(", ", Files.Select(f => System.IO.Path.GetFileNameWithoutExtension(f)));
        return new LoadedCriteria(idOrPath, null,
            [new CriteriaProblem(idOrPath, 0, 0, $"Không tìm thấy bộ tiêu chí \"{idOrPath}\" (tệp hoặc mã phiên bản) trong {Path}; các bộ có sẵn: {known}.")]);
    }

    /// <summary>Reads and lints one file.</summary>
    public static LoadedCriteria LoadFile(string file)
    {
        var name = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        string text;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > CriteriaReader.MaxLength * 4L)
            {
                return new LoadedCriteria(name, null, [new CriteriaProblem(name, 1, 1, $"Tệp tiêu chí quá lớn: {info.Length} byte.")]);
            }
            text = File.ReadAllText(file);
        }
        catch (IOException e)
        {
            return new LoadedCriteria(name, null, [new CriteriaProblem(name, 0, 0, $"Không đọc được tệp: {e.Message}")]);
        }
        catch (UnauthorizedAccessException)
        {
            return new LoadedCriteria(name, null, [new CriteriaProblem(name, 0, 0, "Không có quyền đọc tệp.")]);
        }
        var read = CriteriaReader.Read(text, name);
        return new LoadedCriteria(name, read, CriteriaLinter.Lint(read));
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "criteria");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return System.IO.Path.Combine(Directory.GetCurrentDirectory(), "criteria");
    }
}
