using System.IO.Compression;
using Scoring.Api.Reports;
using Scoring.Engine.Submissions;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The same inputs give the same report: every cell, in any order of agencies, and every part of the package.</summary>
public class ReportDeterminismTests
{
    private static readonly RejectedFile[] Rejected =
        [new("uploads/so-cong-thuong.xlsx", [new Problem("Trang Tự chấm!E12", "II.2", "Tỷ lệ phải từ 0 đến 100"), new Problem("Trang Tự chấm!E20", null, "Thiếu tài liệu kiểm chứng")])];

    public static TheoryData<string> Versions => [.. Criteria.ShippedIds];

    [Theory]
    [MemberData(nameof(Versions))]
    public void Write_SameInputsTwice_EveryCellOfEverySheetEqual(string versionId)
    {
        // Arrange
        var criteria = Criteria.Shipped(versionId);
        var agencies = ReportSamples.All(criteria, "ubnd-huyen-an-lac");
        var info = ReportSamples.Info(criteria);

        // Act
        var first = ReportSamples.Dump(ReportWorkbook.Write(info, agencies, Rejected));
        var second = ReportSamples.Dump(ReportWorkbook.Write(info, agencies, Rejected));

        // Assert
        Assert.True(first.Count > 50, $"only {first.Count} cells written");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_AgenciesInAnotherOrder_EveryCellEqual()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agencies = ReportSamples.All(criteria, "ubnd-huyen-an-lac");
        var info = ReportSamples.Info(criteria);

        // Act
        var inOrder = ReportSamples.Dump(ReportWorkbook.Write(info, agencies, Rejected));
        var reversed = ReportSamples.Dump(ReportWorkbook.Write(info, [.. agencies.Reverse()], Rejected));

        // Assert
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public void Write_SameInputsTwice_EveryPackagePartIdentical()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agencies = ReportSamples.All(criteria, "ubnd-huyen-an-lac");
        var info = ReportSamples.Info(criteria);

        // Act
        var first = Parts(ReportWorkbook.Write(info, agencies, Rejected));
        var second = Parts(ReportWorkbook.Write(info, agencies, Rejected));

        // Assert
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, part => Assert.True(part.Value == second[part.Key], $"{part.Key} differs"));
        Assert.Contains("2024-12-20T07:05:00Z", first["docProps/core.xml"], StringComparison.Ordinal);
    }

    [Fact]
    public void ResultWorkbook_SameInputsTwice_EveryCellEqual()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agency = ReportSamples.One(criteria, "ubnd-huyen-an-lac", ReportSamples.AppraisalReason);

        // Act
        var first = ReportSamples.Dump(ResultWorkbook.Write(criteria.Version, criteria.Hash, agency, ReportSamples.MadeAt, ReportSamples.MadeBy));
        var second = ReportSamples.Dump(ResultWorkbook.Write(criteria.Version, criteria.Hash, agency, ReportSamples.MadeAt, ReportSamples.MadeBy));

        // Assert
        Assert.Equal(first, second);
    }

    private static SortedDictionary<string, string> Parts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            parts[entry.FullName] = reader.ReadToEnd();
        }
        return parts;
    }
}
