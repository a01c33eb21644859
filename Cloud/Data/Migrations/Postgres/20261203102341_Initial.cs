using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DeviceFirmware.Cloud.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: false),
                    CreatedAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeviceNonces",
                columns: table => new
                {
                    DeviceId = table.Column<long>(type: "bigint", nullable: false),
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SeenAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceNonces", x => new { x.DeviceId, x.Nonce });
                });

            migrationBuilder.CreateTable(
                name: "Devices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Serial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsTestDevice = table.Column<bool>(type: "boolean", nullable: false),
                    ProtectedKey = table.Column<string>(type: "text", nullable: false),
                    ClaimCodeHash = table.Column<string>(type: "text", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    OwnerAccountId = table.Column<long>(type: "bigint", nullable: true),
                    RegisteredAtMs = table.Column<long>(type: "bigint", nullable: true),
                    SignInRequired = table.Column<bool>(type: "boolean", nullable: false),
                    LastContactAtMs = table.Column<long>(type: "bigint", nullable: true),
                    FirmwareVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RateWindowMinute = table.Column<long>(type: "bigint", nullable: false),
                    RateWindowCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Devices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoginAttempts",
                columns: table => new
                {
                    State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    DeviceId = table.Column<long>(type: "bigint", nullable: false),
                    ProtectedVerifier = table.Column<string>(type: "text", nullable: false),
                    RedirectUri = table.Column<string>(type: "text", nullable: false),
                    CreatedAtMs = table.Column<long>(type: "bigint", nullable: false),
                    Used = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginAttempts", x => x.State);
                });

            migrationBuilder.CreateTable(
                name: "LwaGrants",
                columns: table => new
                {
                    DeviceId = table.Column<long>(type: "bigint", nullable: false),
                    ProtectedRefreshToken = table.Column<string>(type: "text", nullable: false),
                    ProtectedAccessToken = table.Column<string>(type: "text", nullable: false),
                    AccessExpiresAtMs = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    LeaseOwner = table.Column<string>(type: "text", nullable: true),
                    LeaseUntilMs = table.Column<long>(type: "bigint", nullable: false),
                    Refreshes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LwaGrants", x => x.DeviceId);
                });

            migrationBuilder.CreateTable(
                name: "ReplenishEpisodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceId = table.Column<long>(type: "bigint", nullable: false),
                    SlotId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Episode = table.Column<long>(type: "bigint", nullable: false),
                    FinalOutcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    OrderId = table.Column<string>(type: "text", nullable: true),
                    LastProblem = table.Column<string>(type: "text", nullable: true),
                    DrsCalls = table.Column<int>(type: "integer", nullable: false),
                    LeaseOwner = table.Column<string>(type: "text", nullable: true),
                    LeaseUntilMs = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtMs = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplenishEpisodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlotLevels",
                columns: table => new
                {
                    DeviceId = table.Column<long>(type: "bigint", nullable: false),
                    SlotId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Percent = table.Column<double>(type: "double precision", nullable: false),
                    ReportedAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlotLevels", x => new { x.DeviceId, x.SlotId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Email",
                table: "Accounts",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceNonces_DeviceId_SeenAtMs",
                table: "DeviceNonces",
                columns: new[] { "DeviceId", "SeenAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OwnerAccountId",
                table: "Devices",
                column: "OwnerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_Serial",
                table: "Devices",
                column: "Serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishEpisodes_DeviceId_SlotId_Episode",
                table: "ReplenishEpisodes",
                columns: new[] { "DeviceId", "SlotId", "Episode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeviceNonces");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropTable(
                name: "LoginAttempts");

            migrationBuilder.DropTable(
                name: "LwaGrants");

            migrationBuilder.DropTable(
                name: "ReplenishEpisodes");

            migrationBuilder.DropTable(
                name: "SlotLevels");
        }
    }
}
