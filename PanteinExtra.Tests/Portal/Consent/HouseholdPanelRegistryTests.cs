using System.Reflection;
using Microsoft.AspNetCore.Components;
using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Features.Consent;
using PanteinExtra.Portal.Features.Members.Panels;
using PanteinExtra.Portal.Features.Referrals;

namespace PanteinExtra.Tests.Portal.Consent;

public sealed class HouseholdPanelRegistryTests
{
    [Theory]
    [InlineData(typeof(ConsentPanel))]
    [InlineData(typeof(ReferralPanel))]
    public void ConsentAndReferralPanels_AreOnTheHouseholdPage_ForTheDeskWideAndWithFullDetails(Type component)
    {
        var panel = Assert.Single(HouseholdPanels.All, p => p.Component == component);

        Assert.Equal([Roles.CallCentre, Roles.PrivacyOfficer], panel.Roles);
        Assert.True(panel.Wide);
        Assert.True(panel.NeedsFullDetails);
    }

    /// <summary>The household page hands every panel the opened household and its change callback, by name.</summary>
    [Fact]
    public void EveryRegisteredPanel_TakesTheParametersTheHouseholdPageGives()
    {
        foreach (var panel in HouseholdPanels.All)
        {
            var parameters = panel.Component.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.IsDefined(typeof(ParameterAttribute)))
                .ToDictionary(p => p.Name, p => p.PropertyType);

            Assert.Equal(typeof(PanteinExtra.Core.Members.HouseholdView), parameters.GetValueOrDefault(nameof(HouseholdPanelBase.View)));
            Assert.Equal(typeof(EventCallback), parameters.GetValueOrDefault(nameof(HouseholdPanelBase.OnChanged)));
        }
    }
}
