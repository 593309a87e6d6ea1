// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import "@openzeppelin/contracts/access/Ownable.sol";

/// @title Test USD: the demo stablecoin of the Abacus Sandbox (local test chain, chain id 31337).
/// @notice Test money only, worth nothing. The Sandbox deploys it on first start and mints it on
/// request; the compiled artifact is committed next to this file as TestUSD.json.
contract TestUSD is ERC20, Ownable {
    constructor() ERC20("Test USD", "TUSD") {}

    /// @notice Like US dollar stablecoins, amounts have 6 decimals (1 TUSD = 1000000 units).
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Creates test money for `to`; only the Sandbox's deployer account may mint.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
