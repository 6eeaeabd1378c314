package org.mutualis.inventory;

import java.util.List;
import org.mutualis.shared.ListPage;
import org.mutualis.territory.CollectivityView;

/**
 * One collectivité's inventory page: a page of its devices, all its counted devices against the
 * end-of-support table, its enrolments and its imports.
 */
public record CollectivityDevices(
        CollectivityView collectivity,
        String query,
        ListPage<DeviceSummary> devices,
        SupportExposure exposure,
        InventorySettingsView settings,
        List<EnrolmentView> enrolments,
        List<ImportView> imports) {}
