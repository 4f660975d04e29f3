INSERT IGNORE INTO `raidboss_spawnlist` (`boss_id`,`loc_x`,`loc_y`,`loc_z`,`heading`,`respawn_delay`,`respawn_random`,`currentHp`,`currentMp`) VALUES
(20001,-54416,146480,-2887,0,86400,43200,95986,514), -- a boss
-- (20002,1,2,3,0,1,1,1,1),
(25999,1,2,3,0,86400,43200,1,1);
