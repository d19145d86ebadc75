using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Members;

namespace PanteinExtra.Tests.Core.Common;

public sealed class InputRulesTests
{
    private const string Invisible = "bevat een onzichtbaar stuurteken of een teken dat de leesrichting omdraait";

    [Theory]
    [InlineData("\u202Eetsil")]
    [InlineData("Kerk\u2066straat")]
    [InlineData("Kerk\u0000straat")]
    [InlineData("Kerk\u001Bstraat")]
    public void ASingleLineField_RefusesControlAndBidiCharacters_WithADutchMessage(string street)
    {
        var errors = InputRules.Check(new ContactDetailsInput { Street = street, HouseNumber = 1, Postcode = "5911 AB", City = "Venlo" });

        Assert.Equal($"Straat {Invisible}. Typ de tekst opnieuw, of plak hem zonder opmaak.", errors[nameof(ContactDetailsInput.Street)]);
    }

    [Theory]
    [InlineData("Post\nvan een ander")]
    [InlineData("Post\tvan een ander")]
    [InlineData("Post\r\nvan een ander")]
    public void ASingleLineField_RefusesTabsAndLineBreaks(string subject) =>
        Assert.Equal(
            "Onderwerp moet op één regel staan, zonder tab of regeleinde.",
            InputRules.Check(new FeedbackInput { Subject = subject })[nameof(FeedbackInput.Subject)]);

    [Theory]
    [InlineData("Eerste regel\nTweede regel")]
    [InlineData("Eerste regel\r\nTweede regel\r\n")]
    [InlineData("Kolom\tkolom")]
    public void AMultiLineField_AllowsTabsAndLineBreaks(string text) =>
        Assert.Empty(InputRules.Check(new CallNoteInput { Text = text }));

    [Theory]
    [InlineData("Alleen\reen carriage return")]
    [InlineData("Aan het eind\r")]
    [InlineData("Omgekeerd \u202Egnitiestoen")]
    public void AMultiLineField_RefusesALoneCarriageReturnAndBidiOverrides(string text) =>
        Assert.StartsWith($"Notitie {Invisible}", InputRules.Check(new CallNoteInput { Text = text })[nameof(CallNoteInput.Text)]);

    [Fact]
    public void AFeatureThatHasNotMarkedItsMultiLineFields_KeepsLineBreaks_ButStillRefusesInvisibleCharacters()
    {
        Assert.Empty(InputRules.Check(new PanteinExtra.Core.Requests.LetterInput { Text = "Geachte heer,\r\n\r\nMet vriendelijke groet" }));
        Assert.StartsWith(
            $"Brief {Invisible}",
            InputRules.Check(new PanteinExtra.Core.Requests.LetterInput { Text = "Geachte \u202Eheer" })[nameof(PanteinExtra.Core.Requests.LetterInput.Text)]);
    }

    [Fact]
    public void TheLengthRule_ComesFirst_WhenBothAreBroken()
    {
        var errors = InputRules.Check(new CallNoteInput { Text = new string('a', MemberLimits.LongText) + "\u202E" });

        Assert.Equal("Notitie mag maximaal 4000 tekens lang zijn.", errors[nameof(CallNoteInput.Text)]);
    }

    [Theory]
    [InlineData("de vries\u202E")]
    [InlineData("de\u0007vries")]
    [InlineData("de\tvries")]
    public void MemberSearch_RefusesControlAndBidiCharacters(string text)
    {
        Assert.Null(MemberSearchQuery.Parse(text, out var problem));
        Assert.StartsWith("De zoekterm", problem);
    }

    [Fact]
    public void MemberSearch_RefusesATermLongerThanTheLimit()
    {
        Assert.NotNull(MemberSearchQuery.Parse(new string('a', MemberSearchQuery.MaximumLength), out _));
        Assert.Null(MemberSearchQuery.Parse(new string('a', MemberSearchQuery.MaximumLength + 1), out var problem));
        Assert.Equal("Een zoekterm mag maximaal 100 tekens lang zijn.", problem);
    }

    [Fact]
    public void Clean_RemovesOnlyTheNeverAllowedCharacters_AndReturnsTheSameTextWhenClean()
    {
        const string clean = "Regel één\r\n\tRegel twee";
        Assert.Same(clean, TextCharacters.Clean(clean));
        Assert.Equal("Jansen\r\n\tnoot", TextCharacters.Clean("\u202EJan\u0000sen\u2069\r\n\t\u001Fnoot\u202A"));
    }

    [Fact]
    public async Task EverySavedText_IsCleaned_WhateverPathItTook_AndTheAuditChainStaysIntact()
    {
        await using var host = new MembersTestHost();
        await host.InitializeAsync();
        var household = MemberBuilders.Household("Jan", null, "Jan\u202Esen", city: "Ven\u0000lo");
        household.Persons.Single().Initials = "J.\u2066";

        // Through an audited context, as a service would, without any input check.
        await using (var scope = host.Scope())
        {
            await using var db = await host.DbAsync(scope);
            db.Households.Add(household);
            db.CallNotes.Add(new CallNote
            {
                HouseholdId = household.Id,
                AuthorUserId = "test",
                AuthorName = "Test\u202E",
                Text = "Eerste regel\r\n\tTweede\u0007 regel",
            });
            await db.SaveChangesAsync();
        }

        await using var raw = host.RawDb();
        var saved = await raw.Households.AsNoTracking().Include(h => h.Persons).SingleAsync(h => h.Id == household.Id);
        Assert.Equal(("Venlo", "Jansen", "J."), (saved.City, saved.Persons.Single().LastName, saved.Persons.Single().Initials));
        var note = await raw.CallNotes.AsNoTracking().SingleAsync();
        Assert.Equal(("Test", "Eerste regel\r\n\tTweede regel"), (note.AuthorName, note.Text));

        // Search keys come from the cleaned name.
        host.User.As(PanteinExtra.Core.Common.Roles.CallCentre);
        await using (var scope = host.Scope())
        {
            var found = await host.Get<MemberSearchService>(scope).SearchAsync("jansen");
            Assert.Contains(found.Rows, r => r.HouseholdId == household.Id);

            // A change later is cleaned too.
            await using var db = await host.DbAsync(scope);
            var tracked = await db.Households.SingleAsync(h => h.Id == household.Id);
            tracked.CorrectAddress("Markt\u202D", 3, null, "5911AB", "Venlo");
            await db.SaveChangesAsync();
            Assert.True((await host.Get<AuditChainVerifier>(scope).VerifyAsync()).IsIntact);
        }

        Assert.Equal("Markt", (await raw.Households.AsNoTracking().SingleAsync(h => h.Id == household.Id)).Street);
    }
}
