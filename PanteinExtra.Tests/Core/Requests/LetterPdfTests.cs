using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;
using UglyToad.PdfPig;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>A sent letter is kept as the A4 PDF the member received, served to the FG only, audited.</summary>
public sealed class LetterPdfTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
        await using var raw = RawDb();
        var details = await raw.RegisterDetails.SingleOrDefaultAsync();
        if (details is null)
        {
            details = new RegisterDetails();
            raw.Add(details);
        }

        details.NameController("Stichting Pantein Extra", "Postbus 100\n5830 AC  Boxmeer", "info@pantein-extra.nl", "0485 123 456");
        details.NameOfficer("Anna de Vries", "fg@pantein-extra.nl", "0485 654 321");
        await raw.SaveChangesAsync();
    }

    private async Task<(Guid RequestId, RequestLetter Letter)> SendAsync(string extra = "")
    {
        User.As(Roles.PrivacyOfficer, "Anna de Vries");
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        var registered = await service.RegisterAsync(_home.Input(RequestType.Access, DutchTime.Today(Clock)));
        Assert.True(registered.Succeeded, registered.Message);
        var text = await service.DraftLetterAsync(registered.Value!.Id, LetterKind.Received) + extra;
        Assert.True((await service.SendLetterAsync(registered.Value.Id, new LetterInput { Kind = LetterKind.Received, Text = text })).Succeeded);
        await using var raw = RawDb();
        return (registered.Value.Id, await raw.RequestLetters.SingleAsync(l => l.RequestId == registered.Value.Id));
    }

    private static string[] Pages(byte[] pdf, out (double Width, double Height) size)
    {
        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1);
        size = (first.Width, first.Height);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToArray();
    }

    [Fact]
    public async Task ASentLetter_IsKeptAsAnA4Pdf_WithTheLetterheadTheTextAndPageNumbers()
    {
        var (_, letter) = await SendAsync();

        var pages = Pages(letter.Pdf!, out var size);
        Assert.Equal(595, size.Width, 0);
        Assert.Equal(842, size.Height, 0);
        var page = Assert.Single(pages);
        Assert.Contains("Stichting Pantein Extra", page);
        Assert.Contains("Postbus 100 5830 AC Boxmeer", page);
        Assert.Contains("fg@pantein-extra.nl", page);
        Assert.Contains("Johanna van der Berg", page);
        Assert.Contains("Met vriendelijke groet", page);
        Assert.Contains("Pagina 1 van 1", page);
    }

    [Fact]
    public async Task ALongLetter_BreaksOverPages_EachNumberedOfTheTotal_AndKeepsItsLastWords()
    {
        var long_ = "\n\n" + string.Join(" ", Enumerable.Repeat("Wij houden u op de hoogte van de voortgang van uw verzoek.", 120)) + "\nEinde van de brief.";
        var (_, letter) = await SendAsync(long_);

        var pages = Pages(letter.Pdf!, out _);
        Assert.True(pages.Length >= 2);
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Pagina {i + 1} van {pages.Length}", pages[i]);
        }

        Assert.Contains("Stichting Pantein Extra", pages[0]);
        Assert.DoesNotContain("Stichting Pantein Extra", pages[^1]);
        Assert.Contains("Einde van de brief.", pages[^1]);
    }

    [Fact]
    public async Task TheFg_DownloadsTheKeptPdf_AuditedWithTheRequestsPurpose()
    {
        var (requestId, letter) = await SendAsync();
        await using var scope = Scope();

        var (pdf, fileName) = await Get<RequestService>(scope).LetterPdfAsync(requestId, letter.Id);

        Assert.Equal(letter.Pdf, pdf);
        Assert.EndsWith(".pdf", fileName);
        await using var raw = RawDb();
        var audited = await raw.AuditEvents.SingleAsync(e => e.EventType == RequestEventTypes.LetterPdf);
        Assert.Equal(AuditAction.Export, audited.Action);
        Assert.Equal(letter.Id.ToString(), audited.TargetId);
        Assert.Equal(_home.MainMemberId, audited.SubjectPersonId);
        Assert.StartsWith("verzoek #", audited.PurposeOfUse);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task AnyoneButTheFg_IsRefusedTheLetterPdf(string role)
    {
        var (requestId, letter) = await SendAsync();
        User.As(role);
        await using var scope = Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RequestService>(scope).LetterPdfAsync(requestId, letter.Id));
    }

    [Fact]
    public async Task ALetterFromBeforePdfsWereKept_SaysSo_RatherThanMakingOneUp()
    {
        var (requestId, letter) = await SendAsync();
        await using (var raw = RawDb())
        {
            await raw.RequestLetters.Where(l => l.Id == letter.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Pdf, (byte[]?)null));
        }

        await using var scope = Scope();
        var refused = await Assert.ThrowsAsync<RefusedException>(() => Get<RequestService>(scope).LetterPdfAsync(requestId, letter.Id));
        Assert.Equal(RequestService.NoPdfKept, refused.Message);
    }
}
