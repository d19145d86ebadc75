using MudBlazor;

namespace PanteinExtra.Portal.Components.Layout;

/// <summary>Pantein Extra's colours; system fonts only, because the portal runs offline.</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00566b",
            Secondary = "#8a1c5b",
            Tertiary = "#3d8b37",
            AppbarBackground = "#00566b",
            Background = "#f5f7f8",
            DrawerBackground = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
            },
        },
    };
}
