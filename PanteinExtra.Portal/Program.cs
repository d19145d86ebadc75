using PanteinExtra.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalServices();

var app = builder.Build();
await app.InitialisePortalDatabaseAsync();
app.UsePortal();
app.Run();
