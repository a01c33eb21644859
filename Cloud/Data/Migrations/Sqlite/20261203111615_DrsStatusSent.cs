using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeviceFirmware.Cloud.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DrsStatusSent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DrsStatusSentAtMs",
                table: "Devices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DrsStatusSentAtMs",
                table: "Devices");
        }
    }
}
