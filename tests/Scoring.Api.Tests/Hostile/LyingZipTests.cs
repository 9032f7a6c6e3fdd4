using System.Buffers.Binary;
using System.Text;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Tests.Support;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>A workbook whose zip declares smaller sizes than its parts hold (the trick that beats size checks).</summary>
public class LyingZipTests
{
    [Fact]
    public void Read_SheetPartDeclaringASmallerSize_RefusedNotLoaded()
    {
        var bytes = File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", "ubnd-huyen-an-lac.xlsx"));
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), 100);
                patched++;
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), 100);
                patched++;
            }
        }
        Assert.Equal(2, patched);
        var upload = WorkbookReader.Read(bytes, "noi-doi.xlsx", Criteria.Shipped("mau-2024"));
        Assert.False(upload.IsValid);
        Assert.NotEmpty(upload.Problems);
        Assert.All(upload.Problems, p => Assert.StartsWith("noi-doi.xlsx", p.Where, StringComparison.Ordinal));
    }
}
