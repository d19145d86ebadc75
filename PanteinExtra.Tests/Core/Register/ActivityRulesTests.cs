using System.ComponentModel.DataAnnotations;
using System.Reflection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Tests.Core.Register;

public sealed class ActivityRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void MissingItems_OfACompleteEntry_IsEmpty() =>
        Assert.Empty(ActivityRules.MissingItems(RegisterTestData.Complete()));

    [Fact]
    public void MissingItems_OfAnEmptyEntry_ListsEveryArticle30Item()
    {
        var missing = ActivityRules.MissingItems(new ActivityContent { Name = "Nieuw" });

        Assert.Equal(
            [
                RegisterField.Purposes, RegisterField.LegalBasis, RegisterField.DataSubjectCategories,
                RegisterField.PersonalDataCategories, RegisterField.Recipients, RegisterField.TransfersOutsideEea,
                RegisterField.RetentionPeriod, RegisterField.SecurityMeasures, RegisterField.Source, RegisterField.Owner,
                RegisterField.DpiaRequired,
            ],
            missing);
    }

    [Fact]
    public void MissingItems_SpecialDataWithoutArticle9Condition_MissesTheCondition()
    {
        var content = RegisterTestData.Complete() with
        {
            PersonalDataCategories = [new("Naam", false), new("Gezondheid", true)],
        };

        Assert.Equal([RegisterField.SpecialCategoryCondition], ActivityRules.MissingItems(content));
        Assert.Empty(ActivityRules.MissingItems(content with { SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent }));
    }

    [Fact]
    public void MissingItems_TransferOutsideEeaWithoutCountriesOrSafeguards_MissesBoth()
    {
        var content = RegisterTestData.Complete() with { TransfersOutsideEea = true };

        Assert.Equal([RegisterField.TransferCountries, RegisterField.TransferSafeguards], ActivityRules.MissingItems(content));
    }

    [Fact]
    public void MissingItems_RetentionPolicyWithoutPeriodText_CountsAsRetention()
    {
        var content = RegisterTestData.Complete() with { RetentionPeriod = null, RetentionPolicyId = Guid.NewGuid() };

        Assert.Empty(ActivityRules.MissingItems(content));
    }

    [Fact]
    public void MissingItems_DpiaNeededButNotDone_MissesTheDpia()
    {
        var content = RegisterTestData.Complete() with { DpiaRequired = true };

        Assert.Equal([RegisterField.DpiaCompletedOn], ActivityRules.MissingItems(content));
    }

    [Fact]
    public void Validate_CompleteWhileItemsMissing_RefusesTheStatusInDutch()
    {
        var content = RegisterTestData.Complete() with { Recipients = [], Owner = null };

        var errors = ActivityRules.Validate(content, Today);

        var message = Assert.Single(errors, e => e.Key == nameof(ActivityContent.Status)).Value;
        Assert.Equal("Kan niet op 'Volledig' staan zolang er onderdelen ontbreken: ontvangers, eigenaar / afdeling.", message);
    }

    [Fact]
    public void Validate_IncompleteDraft_MayBeSaved() =>
        Assert.Empty(ActivityRules.Validate(new ActivityContent { Name = "Nieuw", Status = ActivityStatus.Draft }, Today));

    [Fact]
    public void Validate_WithoutName_AsksForOne() =>
        Assert.Equal("Naam is verplicht.", ActivityRules.Validate(new ActivityContent(), Today)[nameof(ActivityContent.Name)]);

    [Fact]
    public void Validate_TooLongItems_SayWhichAndHowLong()
    {
        var content = new ActivityContent
        {
            Name = new string('n', RegisterLimits.ActivityName + 1),
            Owner = new string('o', RegisterLimits.ItemText + 1),
            Purposes = [new string('p', RegisterLimits.ItemText / 2), new string('p', RegisterLimits.ItemText / 2)],
        };

        var errors = ActivityRules.Validate(content, Today);

        Assert.Equal("Naam mag maximaal 200 tekens lang zijn.", errors[nameof(ActivityContent.Name)]);
        Assert.Equal("Eigenaar / afdeling mag maximaal 4000 tekens lang zijn.", errors[nameof(ActivityContent.Owner)]);
        Assert.Equal("Doeleinden mag samen maximaal 4000 tekens lang zijn.", errors[nameof(ActivityContent.Purposes)]);
    }

    [Fact]
    public void Validate_DpiaOrReviewInTheFuture_IsRefused()
    {
        var content = RegisterTestData.Complete() with
        {
            DpiaRequired = true,
            DpiaCompletedOn = Today.AddDays(1),
            LastReviewedOn = Today.AddDays(1),
            NextReviewOn = Today.AddYears(1),
        };

        var errors = ActivityRules.Validate(content, Today);

        Assert.Equal([nameof(ActivityContent.DpiaCompletedOn), nameof(ActivityContent.LastReviewedOn)], errors.Keys.Order());
    }

    [Fact]
    public void MissableItems_AreEveryItemMissingItemsCanReport()
    {
        var worst = new ActivityContent
        {
            PersonalDataCategories = [new("Gezondheid", true)],
            TransfersOutsideEea = true,
            DpiaRequired = true,
        };
        var reported = ActivityRules.MissingItems(worst).Concat(ActivityRules.MissingItems(new ActivityContent())).Distinct();

        Assert.Equal(ActivityRules.MissableItems.Order(), reported.Order());
    }

    [Fact]
    public void ContentDisplayNames_AreTheCapitalisedLabelsOfTheirItems()
    {
        foreach (var property in typeof(ActivityContent).GetProperties())
        {
            if (property.GetCustomAttribute<DisplayAttribute>()?.Name is { } name)
            {
                Assert.Equal(RegisterFields.Of(property.Name)!.Value.CapitalisedLabel(), name);
            }
        }
    }

    [Fact]
    public void Validate_NextReviewNotAfterLastReview_IsRefused()
    {
        var content = RegisterTestData.Complete() with { LastReviewedOn = Today, NextReviewOn = Today };

        Assert.True(ActivityRules.Validate(content, Today).ContainsKey(nameof(ActivityContent.NextReviewOn)));
    }

    [Fact]
    public void Validate_ConditionWithoutSpecialData_IsRefused()
    {
        var content = RegisterTestData.Complete() with { SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent };

        Assert.True(ActivityRules.Validate(content, Today).ContainsKey(nameof(ActivityContent.SpecialCategoryCondition)));
    }

    [Fact]
    public void Validate_CountriesWithoutTransfer_IsRefused()
    {
        var content = RegisterTestData.Complete() with { TransfersOutsideEea = false, TransferCountries = "Verenigde Staten" };

        Assert.True(ActivityRules.Validate(content, Today).ContainsKey(nameof(ActivityContent.TransfersOutsideEea)));
    }

    [Theory]
    [InlineData("6.1.b Uitvoering van een overeenkomst", LegalBasis.Contract)]
    [InlineData("6.1.a", LegalBasis.Consent)]
    [InlineData("gerechtvaardigd belang", LegalBasis.LegitimateInterests)]
    public void TryParseLegalBasis_AcceptsTextCodeOrLabel(string text, LegalBasis expected)
    {
        Assert.True(RegisterText.TryParseLegalBasis(text, out var basis));
        Assert.Equal(expected, basis);
    }

    [Fact]
    public void TryParseLegalBasis_UnknownText_Fails() => Assert.False(RegisterText.TryParseLegalBasis("6.1.z", out _));
}
