using PanteinExtra.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalServices();

var app = builder.Build();
await app.InitialisePortalDatabaseAsync();
app.UsePortal();
app.Run();

/// <summary>The entry point, public so the functional tests can host the real app.</summary>
public partial class Program;
