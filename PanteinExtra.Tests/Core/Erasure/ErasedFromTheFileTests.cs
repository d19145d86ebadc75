using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.Core.Retention;

namespace PanteinExtra.Tests.Core.Erasure;

/// <summary>
/// Issue 11 point 5, "erased means gone, also from the file": after an erasure request or a retention run, none of the
/// erased values can be found by a raw byte search of the SQLite file, its write-ahead log or a journal (ADR 074). Each
/// test first proves that the search does find the values before the erasure.
/// </summary>
[Trait("Engine", "SqliteOnly")]
public sealed class ErasedFromTheFileTests : RetentionTestHost
{
    [Fact]
    public async Task AfterAnErasureRequest_NoErasedValueIsLeftInTheDatabaseFileOrItsLog_ButTheReplysAddresseeKeptWithTheRequest()
    {
        var home = await ErasedHouseholdData.CreateAsync(this, MembershipStatus.Active, endedOn: null);
        AssertEveryValueIsInTheFiles();
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var request = await new RequestTestHousehold(home.HouseholdId, home.MainMemberId, home.HousemateId, Guid.Empty, Guid.Empty)
            .InProgressAsync(Get<RequestService>(scope), RequestType.Erasure, DutchTime.Today(Clock));

        var result = await Get<ErasureService>(scope).EraseAsync(request);

        Assert.True(result.Succeeded, result.Message);
        await using var db = RawDb();
        Assert.Single(await db.Contributions.Where(c => c.HouseholdId == home.HouseholdId).ToListAsync());

        // The reply's addressee is kept with the request, and only there (issue 14 point 2): with those four columns
        // emptied as its retention will, nothing of the household is left in the file.
        var kept = (await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.Id == request)).KeptAddressee;
        Assert.Contains("Zuidervaart", kept!.Surname);
        await db.Database.ExecuteSqlRawAsync(
            "PRAGMA secure_delete = ON; UPDATE \"DataSubjectRequests\" SET \"ReplyName\" = NULL, \"ReplySurname\" = NULL, \"ReplyAddress\" = NULL, \"ReplyEmail\" = NULL WHERE \"Id\" = {0}; ",
            request);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        AssertNoValueIsInTheFiles();
    }

    [Fact]
    public async Task AfterARetentionRun_NoValueOfTheAnonymisedHouseholdIsLeftInTheDatabaseFileOrItsLog()
    {
        var home = await ErasedHouseholdData.CreateAsync(this, MembershipStatus.Ended, endedOn: new DateOnly(2023, 6, 30));
        AssertEveryValueIsInTheFiles();
        User.As(Roles.PrivacyOfficer);

        var outcome = await ApproveAndExecuteAsync(await PreviewAsync());

        Assert.Equal(RetentionExecutionOutcome.Completed, outcome);
        await using (var db = RawDb())
        {
            var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == home.HouseholdId);
            Assert.NotNull(household.DataErasedOn);
            Assert.Single(await db.Contributions.Where(c => c.HouseholdId == home.HouseholdId).ToListAsync());
        }

        AssertNoValueIsInTheFiles();
    }

    private string DatabasePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>The main file, the write-ahead log and a rollback journal, as they are on disk now (lower-cased ASCII).</summary>
    private List<(string File, byte[] Bytes)> Files() =>
        new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-journal" }
            .Where(File.Exists)
            .Select(path => (Path.GetFileName(path), Lower(Read(path))))
            .ToList();

    private void AssertEveryValueIsInTheFiles()
    {
        var files = Files();
        var missing = ErasedHouseholdData.ErasedValues.Where(v => !files.Any(f => Contains(f.Bytes, v))).ToList();
        Assert.True(missing.Count == 0, "The byte search does not find: " + string.Join(", ", missing));
    }

    private void AssertNoValueIsInTheFiles()
    {
        var found = Files()
            .SelectMany(f => ErasedHouseholdData.ErasedValues.Where(v => Contains(f.Bytes, v)).Select(v => $"'{v}' in {f.File}"))
            .ToList();
        Assert.True(found.Count == 0, "Erased values still readable: " + string.Join(", ", found));
    }

    private static bool Contains(byte[] haystack, string value) =>
        haystack.AsSpan().IndexOf(Lower(Encoding.UTF8.GetBytes(value))) >= 0;

    /// <summary>Search keys hold values lower-cased: the search ignores ASCII case.</summary>
    private static byte[] Lower(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'A' and <= (byte)'Z')
            {
                bytes[i] = (byte)(bytes[i] + 32);
            }
        }

        return bytes;
    }

    private static byte[] Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
